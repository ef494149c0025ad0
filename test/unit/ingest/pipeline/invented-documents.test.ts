import type { GraphBatch } from '../../../../src/graph/graph-types';
import { clauseId } from '../../../../src/graph/ids';
import { DOCUMENTS_DIR, graphView, ingestInto } from './pipeline.fixtures';

/*
 * Documents written for these tests, with invented places and organisations (青峰县, 澜沧市, 松岭农业科技有限公司 …),
 * so nothing here can come from the seeds or the lexicon: a county notice in half-width punctuation with duty
 * fields inside its clauses, and a city opinion saved as GB18030 with `责任单位：` lines. The county notice cites
 * the city opinion by title and 文号, in brackets and bare.
 */
const COUNTY = `${DOCUMENTS_DIR}/pipeline-county-measures.txt`;
const CITY = `${DOCUMENTS_DIR}/pipeline-city-opinion.gb18030.txt`;
const COUNTY_ID = 'Policy:青峰府办发〔2025〕12号';
const CITY_ID = 'Policy:澜府发〔2024〕31号';

let graph: GraphBatch;
let view: ReturnType<typeof graphView>;

beforeAll(async () => {
  ({ graph } = await ingestInto([COUNTY, CITY]));
  view = graphView(graph);
}, 60_000);

describe('invented documents', () => {
  it('reads the metadata of a half-width county notice and of a GB18030 city opinion', () => {
    expect(view.node(COUNTY_ID).properties).toMatchObject({
      title: '青峰县人民政府办公室关于印发青峰县职业教育赋能乡村振兴若干措施的通知',
      docNumber: '青峰府办发〔2025〕12号',
      issuers: ['青峰县人民政府办公室'],
      date: '2025-03-18',
      level: 'district',
      subjectTitle: '青峰县职业教育赋能乡村振兴若干措施',
      inCorpus: true,
    });
    expect(view.node(CITY_ID).properties).toMatchObject({ title: '澜沧市人民政府关于推进职业教育产教融合的实施意见', issuers: ['澜沧市人民政府'], date: '2024-11-05', docKind: '实施意见', inCorpus: true });
    expect(view.edges('ISSUED_BY', { source: CITY_ID }).map((e) => e.target)).toEqual(['GovernmentBody:澜沧市人民政府']);
  });

  it('cuts both into clauses', () => {
    const paths = (doc: string) => graph.nodes.filter((n) => n.kind === 'Clause' && n.properties.document === doc).map((n) => n.properties.path).sort();
    expect(paths(COUNTY_ID)).toEqual(['一', '一/（一）', '一/（二）', '二', '二/（一）', '二/（二）', '序']);
    expect(paths(CITY_ID)).toEqual(['一', '一/（一）', '三', '二', '二/（一）', '二/（二）', '序']);
  });

  it('links a citation by title and 文号 to the cited document itself, and reads a bare 文号 too', () => {
    const cites = view.edges('CITES', { target: CITY_ID });
    expect(cites.map((e) => e.source).sort()).toEqual([COUNTY_ID, clauseId(COUNTY_ID, '二/（二）'), clauseId(COUNTY_ID, '序')].sort());
    expect(view.node(CITY_ID).properties.inCorpus).toBe(true);
    expect(view.edges('CITES', { source: CITY_ID }).map((e) => e.target)).toEqual(['Policy:国发〔2019〕4号']);
    expect(view.node('Policy:国发〔2019〕4号').properties).toMatchObject({ inCorpus: false, title: '国家职业教育改革实施方案' });
    expect(view.edges('CITES', { source: COUNTY_ID, target: 'Policy:中华人民共和国职业教育法' })).toHaveLength(1);
  });

  it('reads 牵头单位 and 责任单位 inside clauses, placing 县教委 in 青峰县 and leaving out 各乡镇人民政府', () => {
    const first = clauseId(COUNTY_ID, '一/（一）');
    expect(view.edges('LEADS', { target: first }).map((e) => e.source)).toEqual(['GovernmentBody:青峰县教育委员会']);
    expect(view.edges('RESPONSIBLE_FOR', { target: first }).map((e) => view.node(e.source).name).sort()).toEqual(['青峰县农业农村委员会', '青峰县财政局']);
    const second = clauseId(COUNTY_ID, '一/（二）');
    expect(view.edges('LEADS', { target: second }).map((e) => view.node(e.source).name).sort()).toEqual(['青峰县人力资源和社会保障局', '青峰县教育委员会']);
    expect(graph.nodes.filter((n) => n.name.includes('各乡镇'))).toEqual([]);
  });

  it('reads 责任单位 and 牵头单位 lines of the GB18030 opinion', () => {
    const first = clauseId(CITY_ID, '二/（一）');
    expect(view.edges('RESPONSIBLE_FOR', { target: first }).map((e) => view.node(e.source).name).sort()).toEqual(['澜沧市发展和改革委员会', '澜沧市教育委员会', '澜沧市经济和信息化委员会']);
    const second = clauseId(CITY_ID, '二/（二）');
    expect(view.edges('LEADS', { target: second }).map((e) => view.node(e.source).name)).toEqual(['澜沧市人力资源和社会保障局']);
    expect(view.edges('RESPONSIBLE_FOR', { target: second }).map((e) => view.node(e.source).name)).toEqual(['澜沧市财政局']);
  });

  it('finds the invented organisations with their kinds', () => {
    expect(view.named('青峰县职业教育中心').map((n) => n.kind)).toEqual(['School']);
    expect(view.named('松岭农业科技有限公司').map((n) => n.kind)).toEqual(['Enterprise']);
    expect(view.named('澜沧市智能装备产教联合体').map((n) => n.kind)).toEqual(['Alliance']);
    const mentioned = view.edges('MENTIONS', { source: clauseId(COUNTY_ID, '一/（一）') }).map((e) => view.node(e.target).name);
    expect(mentioned).toEqual(expect.arrayContaining(['青峰县职业教育中心', '松岭农业科技有限公司', '青峰县教育委员会']));
  });

  it('parses deadlines written in a clause', () => {
    expect(view.node(clauseId(COUNTY_ID, '一/（一）')).properties.deadline).toBe('2025-12');
    expect(view.node(clauseId(COUNTY_ID, '一/（二）')).properties.deadline).toBe('长期坚持');
    expect(view.node(clauseId(COUNTY_ID, '二/（一）')).properties.deadline).toBeUndefined();
  });

  it('reads task tables of other invented documents: 牵头单位 leads, 配合单位 is responsible, 完成时间 is the deadline', async () => {
    const { graph: g } = await ingestInto([`${DOCUMENTS_DIR}/district-task-list.txt`]);
    const v = graphView(g);
    const doc = v.policyOf('district-task-list.txt').id;
    const task4 = g.nodes.find((n) => n.kind === 'Clause' && n.properties.document === doc && String(n.properties.text).startsWith('支持云岭财经学校'));
    expect(task4?.properties.deadline).toBe('持续推进');
    expect(v.edges('LEADS', { target: task4?.id }).map((e) => v.node(e.source).name)).toEqual(['云岭财经学校']);
    expect(v.edges('RESPONSIBLE_FOR', { target: task4?.id }).map((e) => v.node(e.source).name).sort()).toEqual(['翠屏湾区人力资源和社会保障局', '翠屏湾区教育委员会']);
    const task1 = g.nodes.find((n) => n.kind === 'Clause' && n.properties.document === doc && String(n.properties.text).startsWith('推动云岭职业技术学院'));
    expect(task1?.properties.deadline).toBe('2024-06');
  });
});
