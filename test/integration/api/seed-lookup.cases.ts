/**
 * Seed-graph cases about finding things: entity(name) by alias, English name and pinyin, Chinese
 * search, the trace of a programme across documents, GB/T 7714 citations, and clause similarity
 * between the Beibei plan and the 2019 municipal plan it implements.
 */
import type { ApiHarness } from './api-client';
import { EVIDENCE_FIELDS, locate, queryData } from './seed-graph-api';

const WULONG_TITLE = '重庆市武隆区人民政府办公室关于印发武隆区推动现代职业教育高质量发展具体举措的通知';
const REPORT_TITLE = '重庆市职业教育质量年度报告（2024年度）';

/** Registers the cases; `api` is read when they run. */
export function lookupCases(api: () => ApiHarness): void {
  it.each([
    ['its name', '重庆工业职业技术学院', '重庆工业职业技术学院'],
    ['an alias the lexicon gives', '武隆职教中心', '重庆市武隆区职业教育中心'],
    ['an alias read from the report (市域 form)', '重庆市智能网联新能源汽车市域产教联合体', '重庆市智能网联新能源汽车产教联合体'],
    ['its English name', 'Chongqing Industry Polytechnic College', '重庆工业职业技术学院'],
    ['its English name in lower case', 'wulong district education commission', '武隆区教育委员会'],
    ['full pinyin', 'chongqinggongyezhiyejishuxueyuan', '重庆工业职业技术学院'],
    ['pinyin with spaces and capitals', 'Chong Qing Gong Ye Zhi Ye Ji Shu Xue Yuan', '重庆工业职业技术学院'],
    ['pinyin initials', 'cqgyzyjsxy', '重庆工业职业技术学院'],
    ['pinyin initials in capitals', 'WLQJYWYH', '武隆区教育委员会'],
    ['the pinyin initials of an alias', 'wlzjzx', '重庆市武隆区职业教育中心'],
  ])('entity(name) finds an entity by %s', async (_how, name, expected) => {
    const data = await queryData(api(), 'query($n: String!) { entity(name: $n) { name } }', { n: name });
    expect(data.entity).toEqual({ name: expected });
  });

  it('entity(name) takes pinyin initials whole, not as a prefix', async () => {
    const data = await queryData(api(), '{ entity(name: "cqgy") { name } }');
    expect(data.entity).toBeNull();
  });

  it('search (unlike entity) takes a prefix of the pinyin initials', async () => {
    const data = await queryData(api(), '{ search(query: "cqgy", first: 5, kinds: [School]) { node { ... on Entity { name pinyinInitials } } } }');
    const hits = data.search.map((h: any) => h.node);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.pinyinInitials.startsWith('cqgy')).toBe(true);
    expect(hits.map((h: any) => h.name)).toContain('重庆工业职业技术学院');
  });

  it('search ranks the programme 鲁班工坊 first, then the workshop in Tanzania', async () => {
    const data = await queryData(api(), `{ search(query: "鲁班工坊", first: 5) { score node { __typename ... on Entity { name } } } }`);
    const hits = data.search;
    expect(hits.slice(0, 2).map((h: any) => [h.node.__typename, h.node.name])).toEqual([
      ['Programme', '鲁班工坊'],
      ['Workshop', '坦桑尼亚鲁班工坊'],
    ]);
    const scores = hits.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(scores[1]);
  });

  it('search finds 双高计划 by the alias of its full name, and 智能网联 among alliances', async () => {
    const data = await queryData(api(), `{ shuanggao: search(query: "双高计划", first: 3, kinds: [Programme]) { node { ... on Entity { name aliases } } }
      alliances: search(query: "智能网联", first: 3, kinds: [Alliance]) { node { ... on Entity { name } } } }`);
    expect(data.shuanggao[0].node.name).toBe('中国特色高水平高职学校和专业建设计划');
    expect(data.shuanggao[0].node.aliases).toContain('双高计划');
    expect(data.alliances.map((h: any) => h.node.name)).toEqual(['重庆市智能网联新能源汽车产教联合体']);
  });

  it('trace follows 现代学徒制 through four documents, oldest first, with every quote verbatim', async () => {
    const found = await queryData(api(), '{ entity(name: "现代学徒制") { id kind } }');
    expect(found.entity.kind).toBe('Programme');
    const data = await queryData(api(), `query($id: ID!) { trace(id: $id) { quote line evidence { ${EVIDENCE_FIELDS} } document { title docNumber date } clause { path } } }`, { id: found.entity.id });
    const trace = data.trace;
    const documents = trace.map((m: any) => m.document.docNumber ?? m.document.title).filter((d: string, i: number, all: string[]) => all.indexOf(d) === i);
    expect(documents).toEqual(['渝府发〔2019〕18号', '北碚府发〔2020〕44号', WULONG_TITLE, REPORT_TITLE]);
    // Dated documents in date order; the report has no date and comes last.
    const dates = trace.map((m: any) => m.document.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
    expect(trace[0]).toMatchObject({ quote: '现代学徒制', line: 621, clause: { path: '附件/9' } });
    expect(trace.filter((m: any) => m.document.title === WULONG_TITLE).map((m: any) => m.quote)).toEqual(['中国特色现代学徒制', '中国特色现代学徒制']);
    for (const m of trace) expect(locate(m.evidence)).toEqual({ text: m.quote, line: m.line });
  });

  it('evidence cites its document in GB/T 7714 form, with the parts the document has', async () => {
    const data = await queryData(api(), `{ wulong: entity(name: "武隆区教委") { evidence { citation document { title } } }
      beibei: document(docNumber: "北碚府发〔2020〕44号") { citation }
      stub: document(docNumber: "国发〔2019〕4号") { citation } }`);
    expect(data.wulong.evidence[0]).toEqual({
      citation: `重庆市武隆区人民政府办公室. ${WULONG_TITLE}[Z]. 2023-04-23.`,
      document: { title: WULONG_TITLE },
    });
    expect(data.beibei.citation).toBe('重庆市北碚区人民政府. 重庆市北碚区人民政府关于印发北碚区深化职业教育改革实施方案的通知: 北碚府发〔2020〕44号[Z]. 2020-09-04.');
    expect(data.stub.citation).toBe('国家职业教育改革实施方案: 国发〔2019〕4号[Z].');
  });

  it('Clause.similar aligns the Beibei task 完善职业教育制度体系 with its row in the 2019 plan, both ways', async () => {
    const Q = `query($id: ID!) { node(id: $id) { ... on Clause { path heading similar(first: 3, minScore: 0.2) { score clause { id path heading line document { docNumber } } } } } }`;
    const beibei = (await queryData(api(), Q, { id: 'Clause:北碚府发〔2020〕44号#三/（一）/1' })).node;
    expect(beibei).toMatchObject({ path: '三/（一）/1', heading: '完善职业教育制度体系' });
    expect(beibei.similar).toHaveLength(1);
    const [match] = beibei.similar;
    expect(match.clause).toMatchObject({ path: '附件/1', heading: '完善职业教育制度体系', line: 175, document: { docNumber: '渝府发〔2019〕18号' } });
    expect(match.score).toBeCloseTo(0.8278, 4);
    const back = (await queryData(api(), Q, { id: match.clause.id })).node.similar;
    expect(back.map((m: any) => [m.clause.path, m.clause.document.docNumber])).toEqual([['三/（一）/1', '北碚府发〔2020〕44号']]);
    expect(back[0].score).toBe(match.score);
  });
}
