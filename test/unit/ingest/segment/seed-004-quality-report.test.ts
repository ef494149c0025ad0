import { clause, quote, rowsOf, seed, texts } from './documents.fixtures';

/** Seed 004: the 2024 quality report, extracted from PDF: numbered headings, case boxes, tables broken into lines. */
const doc = seed('004');
const original = doc.normalised.source.original;

const TABLE_3_1: [string, string, string][] = [
  ['共性技术服务平台', '重庆电子科技职业大学', '西部职教基地产教联合体'],
  ['共性技术服务平台', '重庆电子科技职业大学', '重庆市新一代电子信息制造业产教联合体'],
  ['共性技术服务平台', '重庆电力高等专科学校', '重庆渝西片区储能产业产教联合体'],
  ['共性技术服务平台', '重庆医药高等专科学校', '重庆市生物医药产教联合体（重庆国际生物城）'],
  ['共性技术服务平台', '重庆工业职业技术学院', '重庆市智能网联新能源汽车产教联合体'],
  ['开放型区域产教融合实践中心', '重庆三峡医药高等专科学校', '重庆市食品及农产品加工业产教联合体'],
  ['开放型区域产教融合实践中心', '重庆工业职业技术学院', '重庆市智能网联新能源汽车产教联合体'],
  ['开放型区域产教融合实践中心', '重庆城市管理职业学院', '重庆市生物医药产教联合体（重庆国际生物城）'],
  ['开放型区域产教融合实践中心', '重庆工程职业技术学院', '重庆市智能装备及智能制造市域产教联合体'],
  ['开放型区域产教融合实践中心', '重庆水利电力职业技术学院', '重庆市软件信息服务产教联合体'],
  ['产教融合供需平台', '重庆商务职业学院', '重庆市食品及农产品加工业产教联合体'],
  ['产教融合供需平台', '重庆青年职业技术学院', '重庆市预制菜产教联合体'],
  ['产教融合供需平台', '重庆工信职业学院', '重庆市智能制造产教联合体'],
  ['现场工程师学院', '重庆工商职业学院', '重庆市智能仪器仪表产教联合体'],
  ['校企联合课程教材开发中心', '重庆化工职业学院', '重庆市先进材料产教联合体（长寿区）'],
];

const TABLE_6_1 = [
  ['东南亚', '泰国、老挝、印尼、柬埔寨', '智造引领，推动东南亚产业升级', '比亚迪股份有限公司、华飞安和水电有限公司、京东集团等', '机电一体化专业群、汽车检测与维修专业群', '重庆电子科技职业大学、重庆城市管理职业学院、重庆工业职业技术学院等'],
  ['南亚', '斯里兰卡', '农育结合，支持南亚减贫发展', 'Diom 集团', '畜牧兽医、园艺技术专业群', '重庆三峡职业学院'],
  ['中亚', '哈萨克斯坦、乌兹别克斯坦', '技术赋能，推进中亚现代进程', '哈萨克斯坦丝绸之路汽车有限责任公司、国家电网有限公司、中国能源建设集团有限公司等', '发电厂及电力系统、热能动力工程技术、航空智能制造技术、大数据工程技术', '重庆电子科技职业大学、重庆电力高等专科学校、重庆工程职业技术学院'],
  ['非洲', '坦桑尼亚、乌干达、', '授人以渔，助力非洲自主发展', '联合建设国际有限公司、电力建设集团有限公司、重庆国际生物城', '建筑工程技术、发电厂及电力系统、药学、临床医学', '重庆工程职业技术学院、重庆电力高等专科学校、重庆医药高等专科学校等'],
];

describe('seed 004 (重庆市职业教育质量年度报告)', () => {
  it('takes the title the report gives itself in its preface', () => {
    expect(doc.metadata).toMatchObject({ title: '重庆市职业教育质量年度报告（2024年度）', issuers: [], level: 'municipal', kind: '报告' });
    expect(doc.metadata.docNumber).toBeUndefined();
    expect(quote(doc, doc.metadata.spans.title![0])).toBe('重庆市职业教育质量年度报告\n\n（2024 年度）');
  });

  it('drops page numbers, keeps table row numbers, rejoins the lines around them', () => {
    expect(doc.normalised.text).toContain('筑牢廉洁自律的思想防线。');
    expect(doc.normalised.text).not.toMatch(/^(?:16|75|77|91)$/m);
    const at = doc.normalised.text.indexOf('筑牢廉洁自律的思想防线');
    expect(quote(doc, { start: at, end: at + 11 })).toBe('筑牢廉洁自律\n\n\n\n77\n\n的思想防线');
  });

  it('builds chapters, sections and case blocks', () => {
    expect(doc.clauses).toHaveLength(76);
    expect(doc.clauses.filter((c) => /^\d$/.test(c.path)).map((c) => c.heading)).toEqual([
      '发展概况', '人才培养', '产教融合', '服务贡献', '文化传承', '国际合作', '发展保障', '面临挑战',
    ]);
    const cases = doc.clauses.filter((c) => c.kind === 'case');
    expect(cases).toHaveLength((original.match(/【案例/g) ?? []).length);
    expect(clause(doc, '案例3-3')).toMatchObject({ parent: '3.1', marker: '【案例 3-3】', heading: '产教融合共同体实体运行成果丰硕' });
    expect(clause(doc, '3.1')).toMatchObject({ parent: '3', heading: '机制创新' });
    // A case ends with its figure; the section goes on after it.
    const section = clause(doc, '2.2');
    expect(section.parts!.length).toBeGreaterThan(1);
    expect(section.text).toContain('数字赋能教学资源建设，国家级在线精品课程数量西部第一。');
    expect(clause(doc, '案例2-4').text).not.toContain('数字赋能教学资源建设');
    expect(clause(doc, '案例2-4').text.endsWith('图 2-6 重庆旅游职业学院非遗大师指导学生制作西兰卡普')).toBe(true);
  });

  it('rebuilds 表 3-1 from lines broken by extraction, merged cells inherited', () => {
    const rows = rowsOf(doc, '表 3-1');
    expect(rows.map((r) => [r.cells['揭榜项目'].text, r.cells['揭榜单位'].text, r.cells['依托联合体'].text])).toEqual(TABLE_3_1);
    expect(rows.map((r) => r.cells['序号'].text)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    expect(rows[1].cells['揭榜项目'].inherited).toBe(true);
    expect(rows[0].cells['揭榜项目'].inherited).toBeUndefined();
    expect(quote(doc, rows[0].cells['揭榜项目'])).toBe('共性技术服\n\n务平台');
    expect(rows.every((r) => r.clausePath === '3.1')).toBe(true);
  });

  it('rebuilds 表 6-1, whose header and every cell are wrapped, without row numbers', () => {
    const rows = rowsOf(doc, '表 6-1');
    expect(Object.keys(rows[0].cells)).toEqual(['区域', '国家', '产业需求与特色出海定位', '依托“出海”企业', '高水平专业群布局', '院校']);
    expect(rows.map((r) => Object.values(texts(r)))).toEqual(TABLE_6_1);
    // Lines the normaliser rejoined (after `、`) make one part; the quote keeps the line break between them.
    expect(rows[0].cells['国家'].parts!.map((p) => quote(doc, p))).toEqual(['泰国、老挝、\n\n印尼、柬埔', '寨']);
    expect(rows.every((r) => r.clausePath === '6.2')).toBe(true);
  });

  it('reads 表 2-1, with wrapped school names and padded person names', () => {
    const rows = rowsOf(doc, '表 2-1');
    expect(rows).toHaveLength(52);
    expect(texts(rows[0])).toEqual({ 序号: '1', 课程名称: '中国传统技艺', 申报单位: '重庆电子科技职业大学（原重庆电子工程职业学院）', 课程负责人: '张华敏' });
    expect(texts(rows[4])).toEqual({ 序号: '5', 课程名称: '工业机器人操作与编程', 申报单位: '重庆机电职业技术大学', 课程负责人: '张华' });
    expect(texts(rows[13])['课程名称']).toBe('PHOTOSHOP CS6平面设计');
    expect(texts(rows[21])).toEqual({ 序号: '22', 课程名称: '人工智能与大数据导论', 申报单位: '重庆电子科技职业大学（原重庆电子工程职业学院）', 课程负责人: '童世华' });
    expect(texts(rows[29])['课程名称']).toBe('习近平新时代中国特色社会主义思想概论');
    expect(texts(rows[31])).toEqual({ 序号: '32', 课程名称: '习近平新时代中国特色社会主义思想概论', 申报单位: '重庆城市管理职业学院', 课程负责人: '杨飏' });
    expect(texts(rows[36])['课程名称']).toBe('UI 设计基础');
    expect(texts(rows[51])).toEqual({ 序号: '52', 课程名称: '建设工程招投标与合同管理', 申报单位: '重庆工程职业技术学院', 课程负责人: '季敏' });
    expect(quote(doc, rows[4].cells['课程负责人'])).toBe('张 华');
    expect(rows.every((r) => r.clausePath === '2.2')).toBe(true);
  });
});
