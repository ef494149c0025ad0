/**
 * Seed-graph cases that walk the graph: shortest paths between two schools (through a shared
 * alliance of table 3-1, or shared partners), commonConnections, and neighbourhood with maxNodes.
 */
import type { ApiHarness } from './api-client';
import { queryData } from './seed-graph-api';

const GONGYE = 'School:重庆工业职业技术学院';
const CHENGSHI = 'School:重庆城市管理职业学院';
const ALLIANCE = '重庆市智能网联新能源汽车产教联合体';

const NODE_NAME = '__typename ... on Entity { name } ... on Clause { path } ... on Document { title }';
const nameOf = (n: any): string => n.name ?? n.path ?? n.title;

/** Registers the cases; `api` is read when they run. */
export function graphWalkCases(api: () => ApiHarness): void {
  it('paths: two schools meet through the alliance their table 3-1 projects rely on', async () => {
    const data = await queryData(api(), `{ paths(from: "School:重庆三峡医药高等专科学校", to: "School:重庆商务职业学院", types: [BIDS_FOR, RELIES_ON]) {
      length nodes { ${NODE_NAME} } relations { type source { ... on Entity { name } } target { ... on Entity { name } } evidence { line } } } }`);
    expect(data.paths).toHaveLength(1);
    const [path] = data.paths;
    expect(path.length).toBe(4);
    expect(path.nodes.map((n: any) => [n.__typename, n.name])).toEqual([
      ['School', '重庆三峡医药高等专科学校'],
      ['Project', '重庆市食品及农产品加工业产教联合体开放型区域产教融合实践中心'],
      ['Alliance', '重庆市食品及农产品加工业产教联合体'],
      ['Project', '重庆市食品及农产品加工业产教联合体产教融合供需平台'],
      ['School', '重庆商务职业学院'],
    ]);
    expect(path.relations.map((r: any) => `${r.source.name} ${r.type} ${r.target.name}`)).toEqual([
      '重庆三峡医药高等专科学校 BIDS_FOR 重庆市食品及农产品加工业产教联合体开放型区域产教融合实践中心',
      '重庆市食品及农产品加工业产教联合体开放型区域产教融合实践中心 RELIES_ON 重庆市食品及农产品加工业产教联合体',
      '重庆市食品及农产品加工业产教联合体产教融合供需平台 RELIES_ON 重庆市食品及农产品加工业产教联合体',
      '重庆商务职业学院 BIDS_FOR 重庆市食品及农产品加工业产教联合体产教融合供需平台',
    ]);
    // Rows 6 and 11 of table 3-1 (lines 1427 and 1445 of the report).
    expect(path.relations.map((r: any) => r.evidence[0].line)).toEqual([1427, 1427, 1445, 1445]);
  });

  it('paths: 重庆工业职业技术学院 and 重庆城市管理职业学院 share three partners and a programme abroad', async () => {
    const data = await queryData(api(), `query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 2, types: [PARTNERS_WITH, OPERATES]) {
      length nodes { ${NODE_NAME} } relations { type } } }`, { a: GONGYE, b: CHENGSHI });
    const middles = data.paths.map((p: any) => {
      expect(p.length).toBe(2);
      expect([nameOf(p.nodes[0]), nameOf(p.nodes[2])]).toEqual(['重庆工业职业技术学院', '重庆城市管理职业学院']);
      return `${p.nodes[1].__typename} ${nameOf(p.nodes[1])} ${p.relations.map((r: any) => r.type).join('/')}`;
    });
    expect(middles.sort()).toEqual([
      'Enterprise 京东集团 PARTNERS_WITH/PARTNERS_WITH',
      'Enterprise 华飞安和水电有限公司 PARTNERS_WITH/PARTNERS_WITH',
      'Enterprise 比亚迪股份有限公司 PARTNERS_WITH/PARTNERS_WITH',
      'Programme 智造引领，推动东南亚产业升级 OPERATES/OPERATES',
    ]);
  });

  it('commonConnections of the two schools are those four entities (clauses that mention both are not entities)', async () => {
    const data = await queryData(api(), 'query($a: ID!, $b: ID!) { commonConnections(a: $a, b: $b) { kind name } }', { a: GONGYE, b: CHENGSHI });
    expect([...data.commonConnections].sort((x: any, y: any) => x.name.localeCompare(y.name))).toEqual(
      [
        { kind: 'Enterprise', name: '京东集团' },
        { kind: 'Enterprise', name: '华飞安和水电有限公司' },
        { kind: 'Enterprise', name: '比亚迪股份有限公司' },
        { kind: 'Programme', name: '智造引领，推动东南亚产业升级' },
      ].sort((x, y) => x.name.localeCompare(y.name)),
    );
  });

  describe('neighbourhood of the 智能网联 alliance', () => {
    const Q = `query($id: ID!, $depth: Int, $max: Int, $types: [RelationType!]) { neighbourhood(id: $id, depth: $depth, maxNodes: $max, types: $types) {
      truncated nodes { id ${NODE_NAME} } edges { type source { id } target { id } } } }`;
    const TYPES = ['RELIES_ON', 'BIDS_FOR', 'PARTNERS_WITH'];
    let allianceId: string;
    beforeAll(async () => {
      allianceId = (await queryData(api(), `{ entity(name: "${ALLIANCE}") { id } }`)).entity.id;
    });

    it('depth 2 over table and partner relations: the projects, their bidder, the partner and its other partner school', async () => {
      const sub = (await queryData(api(), Q, { id: allianceId, depth: 2, types: TYPES })).neighbourhood;
      expect(sub.truncated).toBe(false);
      expect(sub.nodes.map(nameOf).sort()).toEqual(
        [ALLIANCE, '重庆长安汽车股份有限公司', `${ALLIANCE}共性技术服务平台`, `${ALLIANCE}开放型区域产教融合实践中心`, '重庆工业职业技术学院', '重庆工商职业学院'].sort(),
      );
      expect(sub.edges.map((e: any) => e.type).sort()).toEqual(['BIDS_FOR', 'BIDS_FOR', 'PARTNERS_WITH', 'PARTNERS_WITH', 'PARTNERS_WITH', 'RELIES_ON', 'RELIES_ON']);
    });

    it('maxNodes cuts it short: nearest nodes first, truncated is set, no edge to a node left out', async () => {
      const oneHop = (await queryData(api(), Q, { id: allianceId, depth: 1, types: TYPES })).neighbourhood;
      expect(oneHop.nodes).toHaveLength(4);
      const cut = (await queryData(api(), Q, { id: allianceId, depth: 2, max: 3, types: TYPES })).neighbourhood;
      expect(cut.truncated).toBe(true);
      expect(cut.nodes).toHaveLength(3);
      const kept = new Set(cut.nodes.map((n: any) => n.id));
      expect(kept.has(allianceId)).toBe(true);
      for (const id of kept) expect(oneHop.nodes.map((n: any) => n.id)).toContain(id);
      for (const e of cut.edges) expect(kept.has(e.source.id) && kept.has(e.target.id)).toBe(true);
      expect(cut.edges.length).toBeGreaterThan(0);
    });

    it('depth 2 over every relation reaches the report clauses and the other alliances of table 3-1, within the page-size ceiling', async () => {
      const sub = (await queryData(api(), Q, { id: allianceId, depth: 2 })).neighbourhood;
      const kinds = new Set(sub.nodes.map((n: any) => n.__typename));
      expect(kinds).toEqual(new Set(['Alliance', 'Clause', 'Enterprise', 'Project', 'School', 'GovernmentBody', 'Organization', 'Document']));
      expect(sub.nodes.length).toBeLessThanOrEqual(50);
      expect(sub.nodes.map(nameOf)).toEqual(expect.arrayContaining(['重庆市食品及农产品加工业产教联合体', '重庆市生物医药产教联合体', '3.1']));
      const small = (await queryData(api(), Q, { id: allianceId, depth: 2, max: 10 })).neighbourhood;
      expect(small).toMatchObject({ truncated: true });
      expect(small.nodes).toHaveLength(10);
    });
  });
}
