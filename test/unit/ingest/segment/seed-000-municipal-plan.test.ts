import { clause, quote, rowsOf, seed, texts } from './documents.fixtures';

/** Seed 000: the 2019 municipal plan, a PDF extraction with its task annex flattened into fragments. */
const doc = seed('000');
const original = doc.normalised.source.original;
const TABLE = '附件 重庆市深化职业教育改革工作任务分解';

describe('seed 000 (渝府发〔2019〕18号)', () => {
  it('reads the metadata and where each fact was written', () => {
    expect(doc.metadata).toMatchObject({
      title: '重庆市人民政府关于印发重庆市深化职业教育改革实施方案的通知',
      docNumber: '渝府发〔2019〕18号',
      issuers: ['重庆市人民政府'],
      date: '2019-07-01',
      level: 'municipal',
      kind: '通知',
      subjectTitle: '重庆市深化职业教育改革实施方案',
    });
    const { spans } = doc.metadata;
    expect(quote(doc, spans.docNumber![0])).toBe('渝府发〔2019〕18 号');
    expect(doc.normalised.map.toOriginal(spans.docNumber![0].start, spans.docNumber![0].end)).toEqual({
      start: original.indexOf('渝府发〔2019〕18 号'),
      end: original.indexOf('渝府发〔2019〕18 号') + '渝府发〔2019〕18 号'.length,
      line: 6,
    });
    expect(quote(doc, spans.date![0])).toBe('2019 年 7 月 1 日');
    expect(quote(doc, spans.title![0])).toBe('重庆市人民政府关于印发\n\n重庆市深化职业教育改革实施方案的通知');
    expect(spans.issuers!.map((s) => quote(doc, s))).toEqual(['重庆市人民政府', '重庆市人民政府']);
  });

  it('builds the clause tree of the body and the annex', () => {
    expect(doc.clauses).toHaveLength(34);
    expect(doc.clauses.slice(0, 10).map((c) => c.path)).toEqual(['序', '一', '二', '二/（一）', '二/（二）', '三', '四', '四/（一）', '四/（二）', '附件']);
    expect(clause(doc, '二/（一）')).toMatchObject({ parent: '二', marker: '（一）', heading: '总体目标', kind: 'section' });
    expect(clause(doc, '三').text).toContain('加快构建现代职业教育体系。完善职业教育制度体系');
    expect(clause(doc, '附件')).toMatchObject({ kind: 'annex', heading: '重庆市深化职业教育改革工作任务分解' });
    const groups = doc.clauses.filter((c) => c.parent === '附件');
    expect(groups.map((g) => `${g.path} ${g.heading}`)).toEqual([
      '附件/一 加快构建现代职业教育体系',
      '附件/二 落实国家职业教育标准',
      '附件/三 促进产教融合校企“双元”育人',
      '附件/四 建设多元办学格局',
      '附件/五 完善技术技能人才保障政策',
      '附件/六 加强职业教育办学质量监督评价',
    ]);
    const tasks = doc.clauses.filter((c) => c.kind === 'task');
    expect(tasks.map((t) => t.path)).toEqual(Array.from({ length: 18 }, (_, i) => `附件/${i + 1}`));
    expect(clause(doc, '附件/11')).toMatchObject({ parent: '附件/三', marker: '（十一）', heading: '打造一批高水平实训基地' });
  });

  it('rebuilds each task row: the work item, the task, the units rejoined from their fragments', () => {
    const rows = rowsOf(doc, TABLE);
    expect(rows).toHaveLength(18);
    expect(Object.keys(rows[0].cells)).toEqual(['工作事项', '具体任务', '责任单位']);
    expect(texts(rows[0])).toMatchObject({
      工作事项: '一、加快构建现代职业教育体系',
      责任单位: '市教委、市委编办、市发展改革委、市经济信息委、市人力社保局、市农业农村委、市政府外办、市国资委、市大数据发展局等，各区县政府',
    });
    expect(rows[0].clausePath).toBe('附件/1');
    expect(rows[1].cells['工作事项'].inherited).toBe(true);
    expect(texts(rows[1])['责任单位']).toBe('市教委、市财政局、市人力社保局、市规划自然资源局、市农业农村委、市退役军人事务局、市国资委、市体育局、市扶贫办等，各区县政府');
    expect(texts(rows[3])['责任单位']).toBe('市教委、市委军民融合办、市发展改革委、市人力社保局、市退役军人事务局等');
    expect(texts(rows[12])['责任单位']).toBe('市教委、市委编办、市财政局、市人力社保局、市国资委等，各区县政府');
    // The work item repeated at a page top (`技术技` `能人才`) is not taken for units.
    expect(texts(rows[14])['责任单位']).toBe('市教委、市委组织部、市财政局、市人力社保局、市医保局、重庆市税务局等，各区县政府');
    // Extraction lost these rows' units; nothing is invented for them.
    for (const i of [9, 13, 15, 16, 17]) expect(rows[i].cells['责任单位']).toBeUndefined();
  });

  it('keeps a task cut by a page break whole, and its spans verbatim', () => {
    const row = rowsOf(doc, TABLE)[1];
    const task = row.cells['具体任务'];
    expect(task.text).toContain('将动手实践内容纳入中小学相关课程和学生综合素质评价。');
    expect(task.text).not.toContain('市教');
    expect(task.parts!.map((p) => quote(doc, p))).toEqual([
      expect.stringMatching(/^提高中等职业教育发展水平。坚持把办好中等职业教育\n\n作为优化教育结构.*将动手实践内容纳入$/s),
      '中小学相关课程和学生综合素质评价。',
    ]);
    const units = rowsOf(doc, TABLE)[0].cells['责任单位'];
    const fragments = ['市教', '委、市', '委编', '办、市', '发展改', '革委、', '市经济', '信息', '委、市', '人力社', '保局、', '市农业', '农村', '委、市', '政府外', '办、市', '国资', '委、市', '大数据', '发展局', '等，各', '区县政', '府'];
    expect(quote(doc, units)).toBe(fragments.join('\n\n'));
    expect(doc.normalised.map.toOriginal(units.start, units.end).line).toBe(215);
    const taskClause = clause(doc, '附件/2');
    expect(taskClause.text.startsWith('（二）提高中等职业教育发展水平。')).toBe(true);
    expect(taskClause.text).toBe(`（二）${task.text}`);
  });
});
