import { segmentDocument } from '../../../../src/ingest/segment';
import { clause, fixture, quote, rowsOf, texts } from './documents.fixtures';

describe('invented district notice with half-width punctuation (PDF style)', () => {
  const doc = fixture('district-notice-halfwidth.txt');

  it('reads metadata, a Chinese-numeral date and a 文号 written with ASCII brackets', () => {
    expect(doc.metadata).toMatchObject({
      title: '翠屏湾区人民政府办公室关于印发翠屏湾区职业教育提质行动方案的通知',
      docNumber: '翠府办发〔2024〕7号',
      issuers: ['翠屏湾区人民政府办公室'],
      date: '2024-03-08',
      level: 'district',
      kind: '通知',
      subjectTitle: '翠屏湾区职业教育提质行动方案',
    });
    expect(quote(doc, doc.metadata.spans.docNumber![0])).toBe('翠府办发(2024)7 号');
    expect(quote(doc, doc.metadata.spans.date![0])).toBe('二〇二四年三月八日');
  });

  it('nests (一) → 1. and (二) → (1) with canonical marks', () => {
    expect(doc.clauses.map((c) => c.path)).toEqual(['序', '一', '二', '二/（一）', '二/（一）/1', '二/（一）/2', '二/（二）', '二/（二）/（1）', '二/（二）/（2）', '三']);
    expect(clause(doc, '二/（二）/（1）')).toMatchObject({ marker: '（1）', parent: '二/（二）', heading: '引进企业技术骨干担任兼职教师' });
    expect(quote(doc, { start: clause(doc, '二/（二）').start, end: clause(doc, '二/（二）').start + 3 })).toBe('(二)');
  });

  it('cleans debris, drops page furniture and rejoins the sentence across the page break', () => {
    const c = clause(doc, '二/（一）');
    expect(c.text).toBe('（一）推进产教融合。支持云岭职业技术学院与星河智造科技有限公司共建智能制造产业学院，每年培养技术技能人才200人以上。');
    expect(c.heading).toBe('推进产教融合');
    expect(doc.normalised.text).not.toMatch(/公报|— \d —|bookmark|\*\*/);
    const at = c.text.indexOf('每年培养技术技能人才');
    expect(quote(doc, { start: c.start + at, end: c.start + at + 10 })).toBe('每年培养\n\n翠屏湾区人民政府公报\n\n— 2 —\n\n技术技能人才');
    expect(clause(doc, '一').text).toContain('到2026年，建成3所区级优质中等职业学校，培育5家区级产教融合型企业');
  });
});

describe('invented GB18030 municipal opinion', () => {
  const doc = fixture('municipal-opinion.gb18030.txt');

  it('decodes GB18030 and folds full-width digits', () => {
    expect(doc.normalised.source.encoding).toBe('gb18030');
    expect(doc.metadata).toMatchObject({
      title: '云岭市教育委员会 云岭市财政局关于推进职业院校“双师型”教师队伍建设的实施意见',
      docNumber: '云教发〔2023〕12号',
      issuers: ['云岭市教育委员会', '云岭市财政局'],
      date: '2023-11-20',
      level: 'municipal',
      kind: '实施意见',
    });
    expect(quote(doc, doc.metadata.spans.docNumber![0])).toBe('云教发〔２０２３〕１２号');
    expect(clause(doc, '二/（三）').text).toBe('（三）完善认定标准。制定“双师型”教师认定办法，AI与数字技能纳入认定内容。');
    expect(clause(doc, '二/（四）').text.endsWith('共建教师实践基地。')).toBe(true);
    expect(doc.clauses).toHaveLength(7);
  });
});

describe('invented task list with a lead-unit column', () => {
  const doc = fixture('district-task-list.txt');

  it('reads the tabbed annex with its own column names', () => {
    const rows = rowsOf(doc, '附件 2024年职业教育重点工作任务清单');
    expect(rows.map(texts)).toEqual([
      { 序号: '1', 重点任务: '推动云岭职业技术学院与星河智造科技有限公司共建智能制造产业学院。', 牵头单位: '区教委', 配合单位: '区经济信息委、星河智造科技有限公司', 完成时间: '2024年6月' },
      { 序号: '2', 重点任务: '组建翠屏湾区现代物流产教联合体，吸纳远帆供应链管理有限公司等10家企业。', 牵头单位: '区教委', 配合单位: '区商务委、区交通局', 完成时间: '2024年9月' },
      { 序号: '3', 重点任务: '建设翠屏湾区职业教育中心公共实训基地二期。', 牵头单位: '区教委', 配合单位: '区财政局、区发展改革委', 完成时间: '2024年12月' },
      { 序号: '4', 重点任务: '支持云岭财经学校创建市级优质中职学校。', 牵头单位: '云岭财经学校', 配合单位: '区教委、区人力社保局', 完成时间: '持续推进' },
    ]);
    expect(rows.map((r) => r.clausePath)).toEqual(['附件/1', '附件/2', '附件/3', '附件/4']);
    expect(clause(doc, '附件/3').parent).toBe('附件/二');
    expect(doc.metadata).toMatchObject({ issuers: ['翠屏湾区教育委员会'], date: '2024-02-01', level: 'district', kind: '通知' });
  });
});

describe('invented annex flattened by PDF extraction', () => {
  const doc = fixture('district-fragmented-annex.txt');

  it('puts the fragments of each narrow column back together', () => {
    const rows = rowsOf(doc, '附件 翠屏湾区技能人才培养工作任务分解');
    expect(rows.map(texts)).toEqual([
      { 工作事项: '一、深化产教融合', 具体任务: '共建产业学院。支持云岭职业技术学院与星河智造科技有限公司共建智能制造产业学院，每年培养技术技能人才200人以上。', 责任单位: '区教委、区经济信息委' },
      { 工作事项: '一、深化产教融合', 具体任务: '建设实训基地。依托翠屏湾区职业教育中心建设公共实训基地，面向全区职业学校和企业开放共享。', 责任单位: '区财政局、区人力社保局等' },
      { 工作事项: '二、加强师资建设', 具体任务: '实施双师培养计划。组织职业学校教师每年赴企业实践不少于1个月。', 责任单位: '区教委' },
    ]);
    expect(quote(doc, rows[1].cells['责任单位'])).toBe('区财\n\n政局、\n\n区人力\n\n社保局\n\n开放共享。 等');
    // Each fragment is a part, except where the normaliser already rejoined two lines (after `、`).
    expect(rows[1].cells['责任单位'].parts!.map((p) => quote(doc, p))).toEqual(['区财', '政局、\n\n区人力', '社保局', '等']);
    expect(doc.clauses.filter((c) => c.kind === 'task').map((c) => `${c.path}<${c.parent}>`)).toEqual(['附件/1<附件/一>', '附件/2<附件/一>', '附件/3<附件/二>']);
  });
});

describe('an annex of ordinary clauses', () => {
  it('is cut into clauses under the annex, not read as a table', () => {
    const original = [
      '翠屏湾区教育委员会关于印发职业学校实习管理办法的通知',
      '各职业学校：',
      '现将《职业学校实习管理办法》印发给你们，请遵照执行。',
      '附件',
      '职业学校实习管理办法',
      '各学校和实习单位要落实实习管理任务，明确负责部门。',
      '一、实习组织',
      '（一）职业学校负责实习的组织实施。',
      '（二）实习单位负责实习岗位的安排。',
      '二、实习管理',
      '（一）建立实习巡查制度。',
    ].join('\n');
    const doc = segmentDocument({ file: 'mem.txt', original, encoding: 'utf-8' });
    expect(doc.tables).toEqual([]);
    expect(doc.clauses.map((c) => c.path)).toEqual(['序', '附件', '附件/一', '附件/一/（一）', '附件/一/（二）', '附件/二', '附件/二/（一）']);
    expect(clause(doc, '附件')).toMatchObject({ heading: '职业学校实习管理办法', kind: 'annex' });
    expect(clause(doc, '附件').text).toContain('各学校和实习单位要落实实习管理任务');
  });
});

describe('invented quality report with a captioned table and a case', () => {
  const doc = fixture('district-quality-report.txt');

  it('reads its own title, the headings, the case and the table with a merged cell', () => {
    expect(doc.metadata).toMatchObject({ title: '翠屏湾区职业教育质量年度报告（2024年度）', level: 'district', kind: '报告' });
    expect(doc.clauses.map((c) => c.path)).toEqual(['序', '1', '1.1', '1.2', '案例1-1', '2']);
    expect(rowsOf(doc, '表 1-1').map((r) => [texts(r)['合作项目'], texts(r)['承担学校'], texts(r)['合作企业'], r.cells['合作项目'].inherited ?? false])).toEqual([
      ['智能制造产业学院', '云岭职业技术学院', '星河智造科技有限公司', false],
      ['智能制造产业学院', '云岭财经学校', '启明数字服务有限公司', true],
      ['智能制造产业学院', '翠屏湾区职业教育中心', '华岳物流集团有限公司', true],
      ['现代物流实训中心', '翠屏湾区职业教育中心', '远帆供应链管理有限公司', false],
    ]);
    expect(clause(doc, '案例1-1').text.endsWith('图 1-1 学生在产业学院开展实训')).toBe(true);
    expect(clause(doc, '1.2').text).toContain('服务能力持续增强。');
  });
});
