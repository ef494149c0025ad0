import { clause, quote, rowsOf, seed, texts } from './documents.fixtures';

/** Seed 003: the Wulong district measures, with a task table exported one tab-indented cell per line. */
const doc = seed('003');
const TABLE = '附件 重点任务（项目）一览表';

describe('seed 003 (武隆区 具体举措)', () => {
  it('reads the metadata of a district office notice without a 文号', () => {
    expect(doc.metadata).toMatchObject({
      title: '重庆市武隆区人民政府办公室关于印发武隆区推动现代职业教育高质量发展具体举措的通知',
      issuers: ['重庆市武隆区人民政府办公室'],
      date: '2023-04-23',
      level: 'district',
      kind: '通知',
      subjectTitle: '武隆区推动现代职业教育高质量发展具体举措',
    });
    expect(doc.metadata.docNumber).toBeUndefined();
    expect(quote(doc, doc.metadata.spans.date![0])).toBe('2023年4月23日');
  });

  it('strips bookmarks from clause text, keeping them in the quote', () => {
    const c = clause(doc, '二/（三）');
    expect(c.text.startsWith('（三）全面推进五育并举。')).toBe(true);
    // The quote starts at the first kept character; the bookmark before it stays in the file's line.
    expect(quote(doc, { start: c.start, end: c.start + 3 })).toBe('（三）');
    const line = doc.normalised.map.toOriginal(c.start, c.end).line;
    expect(doc.normalised.source.original.split('\n')[line - 1].startsWith('[bookmark: _Toc61522037]（三）全面推进五育并举')).toBe(true);
  });

  it('makes each task row a clause under its group, numbered as in the table', () => {
    expect(doc.clauses).toHaveLength(70);
    expect(doc.clauses.filter((c) => c.parent === '附件').map((c) => `${c.path} ${c.heading}`)).toEqual([
      '附件/一 加快完善现代职业教育体系',
      '附件/二 提高技能人才供给质量',
      '附件/三 增强武隆职业教育特色、错位发展供给力',
      '附件/四 增强职业教育服务重大战略能力',
    ]);
    expect(clause(doc, '附件/12')).toMatchObject({ parent: '附件/二', kind: 'task', marker: '12' });
    expect(clause(doc, '附件/37').text).toBe('引进1所高职院校落户仙女山或凤来新城。');
  });

  it('reads the table: all units, and the first one as the lead as the header says', () => {
    const rows = rowsOf(doc, TABLE);
    expect(rows).toHaveLength(37);
    expect(Object.keys(rows[0].cells)).toEqual(['序号', '工作任务', '责任单位', '完成时限', '牵头单位']);
    expect(texts(rows[11])).toEqual({
      序号: '12',
      工作任务: '核定公办职业学校教职工编制，健全“大学引进、企业聘请、社会招用”制度，规范职业学校用人自主权。',
      责任单位: '区委编办、区教委、区财政局、区人力社保局',
      完成时限: '持续推进',
      牵头单位: '区委编办',
    });
    expect(texts(rows[36])['责任单位']).toBe('区教委、区招商中心、区仙管委、仙女山街道办事处、凤来镇');
    const lead = rows[25].cells['牵头单位'];
    expect(quote(doc, lead)).toBe('区招商中心');
    expect(doc.normalised.map.toOriginal(lead.start, lead.end).line).toBe(197);
    expect(rows.every((r, i) => r.clausePath === `附件/${i + 1}`)).toBe(true);
  });
});
