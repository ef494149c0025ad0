import { clause, quote, rowsOf, seed } from './documents.fixtures';

/** Seed 001: the Beibei district plan, one line per paragraph, a `责任单位：` line after every task. */
const doc = seed('001');

describe('seed 001 (北碚府发〔2020〕44号)', () => {
  it('reads the metadata of a district notice', () => {
    expect(doc.metadata).toMatchObject({
      title: '重庆市北碚区人民政府关于印发北碚区深化职业教育改革实施方案的通知',
      docNumber: '北碚府发〔2020〕44号',
      issuers: ['重庆市北碚区人民政府'],
      date: '2020-09-04',
      level: 'district',
      kind: '通知',
      subjectTitle: '北碚区深化职业教育改革实施方案',
    });
    expect(quote(doc, doc.metadata.spans.date![0])).toBe('2020年9月4日');
    expect(quote(doc, doc.metadata.spans.title![0])).toBe(' 重庆市北碚区人民政府\n关于印发北碚区深化职业教育改革\n实施方案的通知'.trimStart());
  });

  it('nests 一、 → （一） → 1. with the task numbers running on across groups', () => {
    expect(doc.clauses).toHaveLength(33);
    const tasks = doc.clauses.filter((c) => /^三\/（.）\/\d+$/.test(c.path));
    expect(tasks.map((c) => c.path.split('/')[2])).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(clause(doc, '三/（三）/9')).toMatchObject({ parent: '三/（三）', marker: '9.', heading: '坚持知行合一、工学结合' });
    expect(clause(doc, '二/（一）').text).toBe('（一）总体目标。\n经过5-10年左右时间，基本形成政府统筹管理、社会多元办学的格局；规模与质量协同发展，“类型教育”特色更加鲜明；多样化人才培养、技术技能积累和社会服务能力大幅提升。');
  });

  it('reads every 责任单位 line as a row of the task clause it closes', () => {
    const rows = rowsOf(doc, '责任分工');
    expect(rows).toHaveLength(18);
    expect(rows.map((r) => r.clausePath?.split('/')[2])).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    const ninth = rows[8].cells['责任单位'];
    expect(ninth.text).toBe('区教委、区经济信息委、区人力社保局、区大数据发展局等，各街镇，有关行业组织');
    expect(quote(doc, ninth)).toBe(ninth.text);
    expect(doc.normalised.map.toOriginal(ninth.start, ninth.end).line).toBe(46);
    expect(clause(doc, '三/（三）/9').text).toContain('责任单位：区教委、区经济信息委');
  });
});
