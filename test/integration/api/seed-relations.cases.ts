/**
 * Seed-graph cases about who does what: table 3-1 of the 2024 quality report (004), the duty
 * fields of the Wulong measures (003), the citations of the Beibei plan (001), and one short
 * name (区教委) read as two bodies by the district of its document.
 */
import type { ApiHarness } from './api-client';
import { EVIDENCE_FIELDS, locate, queryData, seedFile } from './seed-graph-api';

const WULONG_TITLE = '重庆市武隆区人民政府办公室关于印发武隆区推动现代职业教育高质量发展具体举措的通知';
/** Clause 三/（一） of the Wulong measures, by raw store id (the API takes those as well as global ids). */
const WULONG_3_1 = `Clause:${WULONG_TITLE}#三/（一）`;

const sorted = (names: string[]): string[] => [...names].sort();

/** Every piece of evidence must be the file's own text at its offsets, on the line it names. */
function expectVerbatim(evidence: Parameters<typeof locate>[0][]): void {
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) expect(locate(e)).toEqual({ text: e.quote, line: e.line });
}

/** Registers the cases; `api` is read when they run (the suite starts it in beforeAll). */
export function relationCases(api: () => ApiHarness): void {
  it('table 3-1: the schools that bid for projects relying on the 智能网联 alliance, with the table rows as evidence', async () => {
    const data = await queryData(api(), `{ entity(name: "重庆市智能网联新能源汽车产教联合体") { kind
      relations(types: [RELIES_ON], direction: IN) { totalCount edges { other { ... on Entity { kind name
        relations(types: [BIDS_FOR], direction: IN) { edges { other { ... on Entity { kind name } }
          node { properties evidence { ${EVIDENCE_FIELDS} extractor } } } } } } } } } }`);
    const alliance = data.entity;
    expect(alliance.kind).toBe('Alliance');
    const projects = alliance.relations.edges.map((e: any) => e.other);
    expect(sorted(projects.map((p: any) => p.name))).toEqual(['重庆市智能网联新能源汽车产教联合体共性技术服务平台', '重庆市智能网联新能源汽车产教联合体开放型区域产教融合实践中心']);
    for (const project of projects) {
      expect(project.kind).toBe('Project');
      expect(project.relations.edges.map((e: any) => e.other)).toEqual([{ kind: 'School', name: '重庆工业职业技术学院' }]);
    }
    const evidence = projects.flatMap((p: any) => p.relations.edges.flatMap((e: any) => e.node.evidence));
    expectVerbatim(evidence);
    // Rows 5 and 7 of the table, each on its own line of the report.
    expect(evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ quote: '5 重庆工业职业技术学院 重庆市智能网联新能源汽车产教联合体', line: 1425, document: { file: seedFile('004') } }),
        expect.objectContaining({ quote: '7 重庆工业职业技术学院 重庆市智能网联新能源汽车产教联合体', line: 1437 }),
      ]),
    );
    expect(sorted(projects.flatMap((p: any) => p.relations.edges.map((e: any) => e.node.properties.projectKey)))).toEqual(['表3-1#5', '表3-1#7']);
  });

  it('table 3-1: a school written with a short alliance name bids through the alliance the lexicon names', async () => {
    const data = await queryData(api(), `{ entity(name: "重庆电子科技职业大学") { relations(types: [BIDS_FOR], direction: OUT) { edges {
      other { ... on Entity { name relations(types: [RELIES_ON], direction: OUT) { edges { other { ... on Entity { name } } } } } } } } } }`);
    const relied = data.entity.relations.edges.flatMap((e: any) => e.other.relations.edges.map((r: any) => r.other.name));
    expect(sorted(relied)).toEqual(['重庆市新一代电子信息制造业产教联合体', '重庆市西部职教基地市域产教联合体']);
  });

  it('Wulong 三/（一）: 区教委 leads, three bodies are responsible, and the quotes are the duty field of that line', async () => {
    const data = await queryData(api(), `query($id: ID!) { node(id: $id) { ... on Clause { path heading line text document { title date }
      lead { id name kind } responsible { name } } } }`, { id: WULONG_3_1 });
    const clause = data.node;
    expect(clause).toMatchObject({ path: '三/（一）', heading: '强化中职教育的基础性作用', line: 27, document: { title: WULONG_TITLE, date: '2023-04-23' } });
    expect(clause.text.endsWith('（牵头单位：区教委；责任单位：区财政局、区发展改革委、区职教中心）')).toBe(true);
    expect(clause.lead).toEqual([expect.objectContaining({ name: '武隆区教育委员会', kind: 'GovernmentBody' })]);
    expect(sorted(clause.responsible.map((r: any) => r.name))).toEqual(['武隆区发展和改革委员会', '武隆区财政局', '重庆市武隆区职业教育中心']);

    // The relations seen from the bodies: their evidence is the abbreviation as written on line 27.
    const evidenceOf = async (name: string, type: string) => {
      const r = await queryData(api(), `query($n: String!) { entity(name: $n) { relations(types: [${type}], direction: OUT, first: 50) { totalCount edges {
        other { ... on Clause { path document { title } } } node { evidence { ${EVIDENCE_FIELDS} clause { path } } } } } } }`, { n: name });
      expect(r.entity.relations.totalCount).toBeLessThanOrEqual(50);
      const edge = r.entity.relations.edges.find((e: any) => e.other.path === '三/（一）' && e.other.document.title === WULONG_TITLE);
      return edge.node.evidence;
    };
    const leads = await evidenceOf('武隆区教育委员会', 'LEADS');
    expect(leads).toEqual([expect.objectContaining({ quote: '区教委', line: 27, clause: { path: '三/（一）' }, document: { file: seedFile('003') } })]);
    const finance = await evidenceOf('武隆区财政局', 'RESPONSIBLE_FOR');
    expect(finance).toEqual([expect.objectContaining({ quote: '区财政局', line: 27 })]);
    const centre = await evidenceOf('重庆市武隆区职业教育中心', 'RESPONSIBLE_FOR');
    expect(centre).toEqual([expect.objectContaining({ quote: '区职教中心', line: 27 })]);
    expectVerbatim([...leads, ...finance, ...centre]);
  });

  it('the Beibei plan cites the ingested 2019 municipal plan and the national plan, which is only a stub', async () => {
    const data = await queryData(api(), `{ document(docNumber: "北碚府发〔2020〕44号") { title date inCorpus cites { docNumber title inCorpus } }
      national: document(docNumber: "国发〔2019〕4号") { title inCorpus file date citedBy { docNumber } clauses { totalCount } }
      loose: document(docNumber: "北碚府发 [2020] 44 号") { docNumber } }`);
    expect(data.document).toMatchObject({ title: '重庆市北碚区人民政府关于印发北碚区深化职业教育改革实施方案的通知', date: '2020-09-04', inCorpus: true });
    const cites = [...data.document.cites].sort((a: any, b: any) => a.docNumber.localeCompare(b.docNumber));
    expect(cites).toEqual([
      { docNumber: '国发〔2019〕4号', title: '国家职业教育改革实施方案', inCorpus: false },
      { docNumber: '渝府发〔2019〕18号', title: '重庆市人民政府关于印发重庆市深化职业教育改革实施方案的通知', inCorpus: true },
    ]);
    expect(data.national).toMatchObject({ title: '国家职业教育改革实施方案', inCorpus: false, file: null, date: null, clauses: { totalCount: 0 } });
    expect(sorted(data.national.citedBy.map((d: any) => d.docNumber))).toEqual(['北碚府发〔2020〕44号', '渝府发〔2019〕18号']);
    expect(data.loose).toEqual({ docNumber: '北碚府发〔2020〕44号' });
  });

  it('区教委 in the Beibei plan and in the Wulong measures are two bodies, each mentioned only by its own district', async () => {
    const beibei = await queryData(api(), `{ document(docNumber: "北碚府发〔2020〕44号") { clauses(first: 50) { edges { node { path responsible { id name } } } } } }`);
    const task = beibei.document.clauses.edges.map((e: any) => e.node).find((c: any) => c.path === '三/（一）/1');
    const beibeiBody = task.responsible.find((r: any) => r.name === '北碚区教育委员会');
    const wulong = await queryData(api(), `query($id: ID!) { node(id: $id) { ... on Clause { lead { id name } } } }`, { id: WULONG_3_1 });
    const wulongBody = wulong.node.lead[0];
    expect(beibeiBody).toBeDefined();
    expect(wulongBody.name).toBe('武隆区教育委员会');
    expect(beibeiBody.id).not.toBe(wulongBody.id);

    const TRACE = `query($id: ID!) { trace(id: $id) { quote document { title } } }`;
    for (const [body, title] of [
      [beibeiBody, '重庆市北碚区人民政府关于印发北碚区深化职业教育改革实施方案的通知'],
      [wulongBody, WULONG_TITLE],
    ] as const) {
      const trace = (await queryData(api(), TRACE, { id: body.id })).trace;
      expect(trace.length).toBeGreaterThan(5);
      expect(new Set(trace.map((m: any) => m.document.title))).toEqual(new Set([title]));
      expect(trace.map((m: any) => m.quote)).toContain('区教委');
    }
  });
}
