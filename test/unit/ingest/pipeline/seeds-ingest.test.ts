import type { GraphBatch } from '../../../../src/graph/graph-types';
import { clauseId } from '../../../../src/graph/ids';
import type { IngestSummary } from '../../../../src/ingest';
import { graphView, ingestInto, SEED_FILES } from './pipeline.fixtures';

let graph: GraphBatch;
let summary: IngestSummary;
let view: ReturnType<typeof graphView>;

beforeAll(async () => {
  ({ graph, summary } = await ingestInto(SEED_FILES));
  view = graphView(graph);
}, 60_000);

describe('ingesting the five seeds', () => {
  it('ingests every seed with its metadata as a Policy node', () => {
    expect(summary.documents.map((d) => d.documentId)).toEqual([
      'Policy:渝府发〔2019〕18号',
      'Policy:北碚府发〔2020〕44号',
      'Policy:渝人社发〔2022〕32号',
      'Policy:重庆市武隆区人民政府办公室关于印发武隆区推动现代职业教育高质量发展具体举措的通知',
      'Policy:重庆市职业教育质量年度报告（2024年度）',
    ]);
    expect(summary.failed).toEqual([]);
    const beibei = view.node('Policy:北碚府发〔2020〕44号').properties;
    expect(beibei).toMatchObject({ docNumber: '北碚府发〔2020〕44号', issuers: ['重庆市北碚区人民政府'], date: '2020-09-04', level: 'district', docKind: '通知', inCorpus: true });
    expect(String(beibei.file)).toMatch(/001_f043ecdd77dfe9b8\.txt$/);
    for (const d of summary.documents) expect(d.clauses).toBeGreaterThan(20);
  });

  it('gives every node and every edge at least one piece of evidence', () => {
    expect(graph.nodes.filter((n) => n.evidence.length === 0).map((n) => n.id)).toEqual([]);
    expect(graph.edges.filter((e) => e.evidence.length === 0).map((e) => e.id)).toEqual([]);
    for (const e of [...graph.nodes, ...graph.edges].flatMap((x) => x.evidence)) {
      expect(e.quote.length).toBeGreaterThan(0);
      expect(e.extractor).toMatch(/@\d+$/);
      expect(e.confidence).toBeGreaterThan(0);
    }
  });

  it('links every edge to nodes of the graph', () => {
    const dangling = graph.edges.filter((e) => !view.nodes.has(e.source) || !view.nodes.has(e.target));
    expect(dangling).toEqual([]);
  });

  it('reads 表3-1: 重庆工业职业技术学院 bids for a project that relies on 重庆市智能网联新能源汽车产教联合体', () => {
    const school = view.named('重庆工业职业技术学院', 'School')[0];
    const alliance = view.named('重庆市智能网联新能源汽车产教联合体', 'Alliance')[0];
    expect(school).toBeDefined();
    expect(alliance).toBeDefined();
    const projects = view.edges('BIDS_FOR', { source: school.id }).map((e) => view.node(e.target));
    const relying = projects.filter((p) => view.edges('RELIES_ON', { source: p.id, target: alliance.id }).length > 0);
    expect(relying.map((p) => p.properties.projectKey).sort()).toEqual(['表3-1#5', '表3-1#7']);
    expect(relying.map((p) => p.name).sort()).toEqual(['重庆市智能网联新能源汽车产教联合体共性技术服务平台', '重庆市智能网联新能源汽车产教联合体开放型区域产教融合实践中心']);
    expect(view.edges('BIDS_FOR')).toHaveLength(15);
    expect(view.edges('RELIES_ON')).toHaveLength(15);
  });

  it('keeps 区教委 of Beibei and of Wulong apart, each leading or sharing its own district tasks', () => {
    const beibei = view.node('GovernmentBody:北碚区教育委员会');
    const wulong = view.node('GovernmentBody:武隆区教育委员会');
    expect(beibei.aliases).toContain('北碚区教委');
    expect(wulong.aliases).toContain('武隆区教委');
    const targets = (id: string, type: string) => view.edges(type, { source: id }).map((e) => String(view.node(e.target).properties.document));
    expect(new Set(targets(beibei.id, 'RESPONSIBLE_FOR'))).toEqual(new Set(['Policy:北碚府发〔2020〕44号']));
    expect(new Set(targets(wulong.id, 'LEADS'))).toEqual(new Set([view.policyOf('003_153e1550bd3074b1.txt').id]));
    expect(targets(wulong.id, 'LEADS').length).toBeGreaterThan(30);
  });

  it('makes the Beibei plan cite 渝府发〔2019〕18号, the same node as the ingested 2019 plan', () => {
    const plan2019 = view.policyOf('000_8eace2c39db8196d.txt');
    expect(plan2019.id).toBe('Policy:渝府发〔2019〕18号');
    const cites = view.edges('CITES', { source: 'Policy:北碚府发〔2020〕44号', target: plan2019.id });
    expect(cites).toHaveLength(1);
    expect(cites[0].properties.basis).toBe(true);
    expect(plan2019.properties.inCorpus).toBe(true);
    expect(plan2019.name).toBe('重庆市人民政府关于印发重庆市深化职业教育改革实施方案的通知');
    expect(plan2019.aliases).toContain('重庆市人民政府关于印发深化职业教育改革实施方案的通知');
  });

  it('reads the 000 annex: 市教委 is responsible for task （一）, no lead is invented', () => {
    const task = view.node(clauseId('Policy:渝府发〔2019〕18号', '附件/1'));
    expect(String(task.properties.text)).toMatch(/^（一）完善职业教育制度体系/);
    const units = view.edges('RESPONSIBLE_FOR', { target: task.id }).map((e) => view.node(e.source).name);
    expect(units).toEqual(expect.arrayContaining(['重庆市教育委员会', '重庆市委机构编制委员会办公室', '重庆市发展和改革委员会']));
    expect(view.edges('LEADS', { target: task.id })).toEqual([]);
  });

  it('reads the Wulong annex: first unit leads, every unit is responsible, deadlines parsed', () => {
    const doc = view.policyOf('003_153e1550bd3074b1.txt').id;
    const task2 = view.node(clauseId(doc, '附件/2'));
    expect(task2.properties.deadline).toBe('2025-12');
    expect(view.node(clauseId(doc, '附件/1')).properties.deadline).toBe('持续推进');
    expect(view.edges('LEADS', { target: task2.id }).map((e) => e.source)).toEqual(['GovernmentBody:武隆区教育委员会']);
    expect(view.edges('RESPONSIBLE_FOR', { target: task2.id }).map((e) => e.source).sort()).toEqual(['GovernmentBody:武隆区教育委员会', 'GovernmentBody:武隆区财政局']);
  });

  it('reads duty fields inside the Wulong body: 牵头单位 leads, 责任单位 is responsible, collectives make no node', () => {
    const doc = view.policyOf('003_153e1550bd3074b1.txt').id;
    const clause = view.node(clauseId(doc, '三/（三）'));
    expect(view.edges('LEADS', { target: clause.id }).map((e) => view.node(e.source).name).sort()).toEqual(['武隆区人力资源和社会保障局', '武隆区教育委员会']);
    const responsible = view.edges('RESPONSIBLE_FOR', { target: clause.id });
    expect(responsible.map((e) => view.node(e.source).name)).toEqual(expect.arrayContaining(['武隆区农业农村委员会', '重庆市武隆区职业教育中心']));
    expect(responsible[0].evidence[0].extractor).toBe('inline-duties@1');
    expect(graph.nodes.filter((n) => /^(?:.*区)?各(?:街镇|街道|中小学)/.test(n.name))).toEqual([]);
  });

  it('reads 表6-1: a programme per row, located in each country, run by the schools with the enterprises', () => {
    const programme = view.named('智造引领，推动东南亚产业升级', 'Programme')[0];
    expect(programme.properties).toMatchObject({ region: '东南亚', programmeKey: '表6-1#1' });
    const countries = view.edges('LOCATED_IN', { source: programme.id }).map((e) => view.node(e.target).name);
    expect(countries.sort()).toEqual(['印度尼西亚', '柬埔寨', '泰国', '老挝']);
    const schools = view.edges('OPERATES', { target: programme.id }).map((e) => view.node(e.source).name);
    expect(schools.sort()).toEqual(['重庆城市管理职业学院', '重庆工业职业技术学院', '重庆电子科技职业大学']);
    const byd = view.named('比亚迪股份有限公司', 'Enterprise')[0];
    const fromTable = view.edges('PARTNERS_WITH', { target: byd.id }).filter((e) => e.evidence.some((x) => x.extractor === 'table-overseas@1'));
    expect(fromTable.map((e) => view.node(e.source).name).sort()).toEqual(schools.sort());
  });

  it('gives entities English names from the lexicon and pinyin keys', () => {
    const school = view.named('重庆工业职业技术学院', 'School')[0];
    expect(school.properties.pinyin).toEqual(['chongqinggongyezhiyejishuxueyuan', 'cqgyzyjsxy']);
    expect(view.node('GovernmentBody:武隆区教育委员会').nameEn).toBe('Wulong District Education Commission');
  });

  it('builds the clause tree: the document contains top clauses, clauses contain sub-clauses, in order', () => {
    const doc = 'Policy:北碚府发〔2020〕44号';
    const top = view.edges('CONTAINS', { source: doc }).map((e) => view.node(e.target).properties.path);
    expect(top).toEqual(expect.arrayContaining(['序', '一', '二', '三', '四']));
    const sub = view.edges('CONTAINS', { source: clauseId(doc, '三/（一）') }).map((e) => view.node(e.target).properties.path);
    expect(sub.sort()).toEqual(['三/（一）/1', '三/（一）/2', '三/（一）/3', '三/（一）/4']);
    const task = view.node(clauseId(doc, '三/（一）/1')).properties;
    expect(task).toMatchObject({ document: doc, path: '三/（一）/1', parent: clauseId(doc, '三/（一）'), heading: '完善职业教育制度体系' });
    expect(typeof task.line).toBe('number');
  });

  it('makes each clause mention the named entities in its text', () => {
    const doc = view.policyOf('004_8cc0f5bbd6b51b9c.txt').id;
    const mentioned = view.edges('MENTIONS').filter((e) => String(view.node(e.source).properties.document) === doc);
    expect(mentioned.length).toBeGreaterThan(300);
    expect(mentioned.every((e) => view.node(e.source).kind === 'Clause')).toBe(true);
  });
});
