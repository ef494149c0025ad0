import { documentJurisdiction, parseJurisdiction } from '../../../../src/ingest/resolve';

describe('parseJurisdiction', () => {
  it.each([
    ['重庆市北碚区人民政府', { municipality: '重庆市', district: '北碚区' }],
    ['重庆市武隆区人民政府办公室', { municipality: '重庆市', district: '武隆区' }],
    ['重庆市人力资源和社会保障局', { municipality: '重庆市' }],
    ['重庆市人民政府', { municipality: '重庆市' }],
    ['北碚区', { district: '北碚区' }],
    ['重庆市两江新区管委会', { municipality: '重庆市', district: '两江新区' }],
    ['四川省教育厅', { province: '四川省' }],
    ['重庆市渝西片区储能产业产教联合体', { municipality: '重庆市' }],
    ['中华人民共和国教育部', {}],
  ])('%s', (text, expected) => {
    const parsed = parseJurisdiction(text);
    const defined = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
    expect(defined).toEqual(expected);
  });

  it('gives nothing for no text', () => {
    expect(parseJurisdiction(undefined)).toEqual({});
  });
});

describe('documentJurisdiction', () => {
  it('takes the district from the issuer and the city from the default when nothing names it', () => {
    expect(documentJurisdiction(undefined, '重庆市北碚区人民政府')).toEqual({ province: undefined, municipality: '重庆市', district: '北碚区' });
    expect(documentJurisdiction('北碚区', undefined, '重庆市')).toEqual({ province: undefined, municipality: '重庆市', district: '北碚区' });
  });

  it('does not keep the issuer district when the explicit jurisdiction is another city', () => {
    expect(documentJurisdiction('泸州市', '重庆市北碚区人民政府').district).toBeUndefined();
  });
});
