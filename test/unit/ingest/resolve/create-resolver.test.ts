import { join } from 'node:path';
import { recogniseEntities, findAliasDefinitions } from '../../../../src/ingest/recognise';
import { createResolver, loadLexicon, parseLexicon, lexiconGazetteer, ResolveError } from '../../../../src/ingest/resolve';

const lexicon = loadLexicon(join(__dirname, '../../../../seeds/lexicon.json'));
const resolver = createResolver(lexicon);
const BEIBEI = { documentIssuer: '重庆市北碚区人民政府' };
const WULONG = { documentIssuer: '重庆市武隆区人民政府办公室' };
const CITY = { documentIssuer: '重庆市人民政府' };

describe('createResolver: jurisdiction', () => {
  it('makes 区教委 the education commission of the issuing district, never one node for two districts', () => {
    const beibei = resolver.resolve({ kind: 'GovernmentBody', surface: '区教委' }, BEIBEI);
    const wulong = resolver.resolve({ kind: 'GovernmentBody', surface: '区教委' }, WULONG);
    expect(beibei).toEqual({
      id: 'GovernmentBody:北碚区教育委员会',
      kind: 'GovernmentBody',
      canonicalName: '北碚区教育委员会',
      nameEn: 'Beibei District Education Commission',
      aliases: ['北碚区教委'],
    });
    expect(wulong.id).toBe('GovernmentBody:武隆区教育委员会');
    expect(wulong.id).not.toBe(beibei.id);
  });

  it('lets an explicit jurisdiction win over the issuer', () => {
    expect(resolver.resolve({ kind: 'GovernmentBody', surface: '区财政局' }, { ...BEIBEI, jurisdiction: '重庆市武隆区' }).canonicalName).toBe(
      '武隆区财政局',
    );
  });

  it('makes 市教委 the Chongqing commission from a district text too, via the lexicon', () => {
    const fromDistrict = resolver.resolve({ kind: 'GovernmentBody', surface: '市教委' }, BEIBEI);
    const fromCity = resolver.resolve({ kind: 'GovernmentBody', surface: '市教委' }, CITY);
    const full = resolver.resolve({ kind: 'GovernmentBody', surface: '重庆市教育委员会' });
    expect(fromDistrict).toEqual(full);
    expect(fromCity).toEqual(full);
    expect(full).toMatchObject({ id: 'GovernmentBody:重庆市教育委员会', nameEn: 'Chongqing Municipal Education Commission' });
  });

  it('writes out district short forms by rule, with an English name', () => {
    expect(resolver.resolve({ kind: 'GovernmentBody', surface: '区人力社保局' }, WULONG)).toMatchObject({
      canonicalName: '武隆区人力资源和社会保障局',
      nameEn: 'Wulong District Human Resources and Social Security Bureau',
    });
    expect(resolver.resolve({ kind: 'GovernmentBody', surface: '区委编办' }, WULONG).canonicalName).toBe('武隆区委机构编制委员会办公室');
    expect(resolver.resolve({ kind: 'GovernmentBody', surface: '区政府' }, BEIBEI).canonicalName).toBe('北碚区人民政府');
    expect(resolver.resolve({ kind: 'GovernmentBody', surface: '区政府教育督导室' }, BEIBEI).canonicalName).toBe('北碚区人民政府教育督导室');
  });

  it('gives the issuer and its short form one node, named without the city', () => {
    const issuer = resolver.resolve({ kind: 'GovernmentBody', surface: '重庆市北碚区人民政府' }, BEIBEI);
    const short = resolver.resolve({ kind: 'GovernmentBody', surface: '区政府' }, BEIBEI);
    expect(issuer).toMatchObject({ id: 'GovernmentBody:北碚区人民政府', nameEn: "Beibei District People's Government" });
    expect(issuer.aliases).toEqual(['重庆市北碚区人民政府']);
    expect(short.id).toBe(issuer.id);
  });

  it('places an office written without a place at the document level (004: 重庆市教委、人力社保局)', () => {
    const r = resolver.resolve({ kind: 'GovernmentBody', surface: '人力社保局' }, { jurisdiction: '重庆市' });
    expect(r.id).toBe('GovernmentBody:重庆市人力资源和社会保障局');
    expect(r.aliases).not.toContain('人力社保局');
  });

  it('names a district school with its city, as the schools do', () => {
    expect(resolver.resolve({ kind: 'School', surface: '区职教中心' }, WULONG)).toMatchObject({
      id: 'School:重庆市武隆区职业教育中心',
      nameEn: 'Chongqing Wulong District Vocational Education Centre',
    });
  });

  it('keeps a relative short form as written when the jurisdiction is unknown', () => {
    expect(resolver.resolve({ kind: 'GovernmentBody', surface: '区教委' }).canonicalName).toBe('区教委');
    expect(createResolver(lexicon, { defaultMunicipality: '重庆市' }).resolve({ kind: 'GovernmentBody', surface: '市教委' }).id).toBe(
      'GovernmentBody:重庆市教育委员会',
    );
  });
});

describe('createResolver: names and variants', () => {
  it('makes the short name and both company spellings of Changan one node', () => {
    const ids = ['长安汽车', '重庆长安汽车有限公司', '长安汽车股份有限公司', '重庆长安汽车股份有限公司'].map(
      (surface) => resolver.resolve({ kind: 'Enterprise', surface }).id,
    );
    expect(new Set(ids)).toEqual(new Set(['Enterprise:重庆长安汽车股份有限公司']));
  });

  it('matches a firm by its name without legal form when the lexicon knows one spelling', () => {
    expect(resolver.resolve({ kind: 'Enterprise', surface: '比亚迪有限公司' }).canonicalName).toBe('比亚迪股份有限公司');
  });

  it('keeps firms the lexicon does not link apart', () => {
    const a = resolver.resolve({ kind: 'Enterprise', surface: '重庆长江轴承股份有限公司' });
    const b = resolver.resolve({ kind: 'Enterprise', surface: '长江轴承有限公司' });
    expect(a.id).not.toBe(b.id);
  });

  it('corrects a known slip and a known typo to the real body', () => {
    expect(resolver.resolve({ kind: 'GovernmentBody', surface: '区退伍军人事务局' }, WULONG).id).toBe(
      resolver.resolve({ kind: 'GovernmentBody', surface: '区退役军人事务局' }, WULONG).id,
    );
    expect(resolver.resolve({ kind: 'GovernmentBody', surface: '重庆市人力资源和社保局' }).id).toBe(
      'GovernmentBody:重庆市人力资源和社会保障局',
    );
  });

  it('resolves a renamed school and its new name to two nodes (004: 重庆电子工程职业学院 → 重庆电子科技职业大学)', () => {
    const old = resolver.resolve({ kind: 'School', surface: '重庆电子工程职业学院' });
    const renamed = resolver.resolve({ kind: 'School', surface: '重庆电子科技职业大学' });
    expect(old.id).toBe('School:重庆电子工程职业学院');
    expect(renamed.id).toBe('School:重庆电子科技职业大学');
  });

  it('gives programmes and workshops their English names', () => {
    expect(resolver.resolve({ kind: 'Programme', surface: '双高计划' })).toMatchObject({
      canonicalName: '中国特色高水平高职学校和专业建设计划',
      nameEn: 'Double High-Level Plan',
    });
    expect(resolver.resolve({ kind: 'Programme', surface: '鲁班工坊' }).nameEn).toBe('Luban Workshop');
    expect(resolver.resolve({ kind: 'Country', surface: '印尼' })).toMatchObject({ id: 'Country:印度尼西亚', nameEn: 'Indonesia' });
  });

  it('cleans spaces and quotes from a name that is not in the lexicon', () => {
    expect(resolver.resolve({ kind: 'IndustryCollege', surface: '“滇黔数字孪生”产业学院' }).canonicalName).toBe('滇黔数字孪生产业学院');
    expect(resolver.resolve({ kind: 'IndustryCollege', surface: '华为 ICT 产业学院' }).id).toBe('IndustryCollege:华为ICT产业学院');
  });

  it('takes the lexicon kind over the recogniser kind', () => {
    expect(resolver.resolve({ kind: 'School', surface: '坦桑尼亚阿尔迪大学' })).toMatchObject({ kind: 'Organization', id: 'Organization:阿尔迪大学' });
  });

  it('refuses a mention without a surface or with a kind that is not an entity kind', () => {
    expect(() => resolver.resolve({ kind: 'School', surface: ' ' })).toThrow(ResolveError);
    expect(() => resolver.resolve({ kind: 'Policy' as never, surface: '某文件' })).toThrow(/not an entity kind/);
  });
});

describe('createResolver: short names a text defines for itself', () => {
  it('resolves 以下简称 short forms through the recogniser and the definitions', () => {
    const text = '青川市教育局（以下简称市教育局）牵头，市教育局负责考核';
    const mentions = recogniseEntities(text);
    const aliases = findAliasDefinitions(text, mentions);
    expect(aliases).toEqual([{ alias: '市教育局', fullForm: '青川市教育局', at: 6 }]);
    const ids = mentions.map((m) => resolver.resolve(m, { aliases }).id);
    expect(new Set(ids)).toEqual(new Set(['GovernmentBody:青川市教育局']));
    // Through the context alone, for a mention built by another stage.
    expect(resolver.resolve({ kind: 'GovernmentBody', surface: '市教育局' }, { aliases }).id).toBe('GovernmentBody:青川市教育局');
  });

  it('resolves the seed 1+X definition to the lexicon programme (000)', () => {
    const gazetteer = lexiconGazetteer(lexicon);
    const text = '开展“学历证书+若干职业技能等级证书”制度试点（以下称“1+X”证书制度试点）工作。大力推行“1+X”证书制度试点工作。';
    const ids = recogniseEntities(text, { gazetteer }).map((m) => resolver.resolve(m, CITY).id);
    expect(ids).toEqual(['Programme:1+X证书制度试点', 'Programme:1+X证书制度试点', 'Programme:1+X证书制度试点']);
  });
});

describe('createResolver on a tiny lexicon', () => {
  it('uses only what the lexicon it was given says', () => {
    const tiny = parseLexicon({ version: 1, entries: [{ kind: 'School', name: '甲职业学院', nameEn: 'Jia College', aliases: ['甲院'] }] });
    const r = createResolver(tiny);
    expect(r.resolve({ kind: 'School', surface: '甲院' })).toEqual({
      id: 'School:甲职业学院',
      kind: 'School',
      canonicalName: '甲职业学院',
      nameEn: 'Jia College',
      aliases: ['甲院'],
    });
    expect(r.resolve({ kind: 'Programme', surface: '双高计划' }).id).toBe('Programme:双高计划');
  });
});
