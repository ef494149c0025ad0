/**
 * The read side of the API over HTTP, as a suite any store can run: the same assertions hold on
 * the MemoryStore and on Neo4j (see read-api.memory.int.test.ts and read-api.neo4j.int.test.ts).
 */
import { toGlobalId } from '../../../src/api/ids/global-id';
import * as F from '../../fixtures/api-graph.fixtures';
import { startApi, type ApiHarness, type StoreKind } from './api-client';

const gid = (kind: Parameters<typeof toGlobalId>[0], id: string): string => toGlobalId(kind, id);

/** Registers the read-API tests for one store kind. */
export function describeReadApi(kind: StoreKind): void {
  describe(`read API over HTTP (${kind} store)`, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi({ store: kind, batch: F.apiGraphBatch() });
    });
    afterAll(() => api?.close());

    describe('entity(name)', () => {
      it.each([
        ['the name', '重庆电子工程职业学院'],
        ['an alias', '重庆电子职院'],
        ['the English name', 'Chongqing College of Electronic Engineering'],
        ['full pinyin', 'chongqingdianzigongchengzhiyexueyuan'],
        ['pinyin with spaces and capitals', 'Chongqing Dianzi Gongcheng Zhiye Xueyuan'],
        ['pinyin initials', 'CQDZGCZYXY'],
      ])('finds an entity by %s', async (_how, name) => {
        const r = await api.graphql('query($n: String!) { entity(name: $n) { __typename id name kind aliases nameEn } }', { n: name });
        expect(r.errors).toBeUndefined();
        expect(r.data.entity).toEqual({
          __typename: 'School',
          id: gid('School', F.DIANZI.id),
          name: '重庆电子工程职业学院',
          kind: 'School',
          aliases: ['重庆电子职院'],
          nameEn: 'Chongqing College of Electronic Engineering',
        });
      });

      it('answers null for a name nobody has', async () => {
        const r = await api.graphql('{ entity(name: "不存在的学院") { id } }');
        expect(r.data).toEqual({ entity: null });
      });
    });

    describe('node(id)', () => {
      it('round-trips the global id of every kind of node', async () => {
        for (const [k, id, field] of [
          ['School', F.DIANZI.id, 'name'],
          ['Policy', F.PLAN, 'title'],
          ['Clause', F.PLAN_2_1.id, 'path'],
        ] as const) {
          const r = await api.graphql(`query($id: ID!) { node(id: $id) { id ... on Entity { name } ... on Document { title } ... on Clause { path } } }`, {
            id: gid(k, id),
          });
          expect(r.data.node.id).toBe(gid(k, id));
          expect(r.data.node[field]).toBeTruthy();
        }
      });

      it('accepts a raw store id and refuses a malformed id', async () => {
        const raw = await api.graphql('query($id: ID!) { node(id: $id) { id } }', { id: F.HUAWEI.id });
        expect(raw.data.node.id).toBe(gid('Enterprise', F.HUAWEI.id));
        const bad = await api.graphql('{ node(id: "%%%") { id } }');
        expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      });

      it('finds nothing when the id names the wrong kind', async () => {
        const r = await api.graphql('query($id: ID!) { node(id: $id) { id } }', { id: gid('Enterprise', F.DIANZI.id) });
        expect(r.data.node).toBeNull();
      });
    });

    describe('entities (Relay paging)', () => {
      const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $kind: EntityKind, $q: String) {
        entities(first: $first, after: $after, last: $last, before: $before, kind: $kind, nameContains: $q) {
          totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

      it('walks forward through every entity with keyset cursors', async () => {
        const seen: string[] = [];
        let after: string | undefined;
        for (let i = 0; i < 10; i += 1) {
          const r = await api.graphql(PAGE, { first: 3, after });
          expect(r.errors).toBeUndefined();
          expect(r.data.entities.totalCount).toBe(F.ENTITIES.length);
          seen.push(...r.data.entities.edges.map((e: any) => e.node.name));
          if (!r.data.entities.pageInfo.hasNextPage) break;
          after = r.data.entities.pageInfo.endCursor;
        }
        expect(seen).toEqual([...F.ENTITIES].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => e.name));
      });

      it('pages backward with last/before', async () => {
        const all = await api.graphql(PAGE, { first: 50 });
        const names = all.data.entities.edges.map((e: any) => e.node.name);
        const cursors = all.data.entities.edges.map((e: any) => e.cursor);
        const lastTwo = await api.graphql(PAGE, { last: 2 });
        expect(lastTwo.data.entities.edges.map((e: any) => e.node.name)).toEqual(names.slice(-2));
        expect(lastTwo.data.entities.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
        const beforeFourth = await api.graphql(PAGE, { last: 2, before: cursors[3] });
        expect(beforeFourth.data.entities.edges.map((e: any) => e.node.name)).toEqual(names.slice(1, 3));
        expect(beforeFourth.data.entities.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      });

      it('filters by kind and by part of a name or alias', async () => {
        const schools = await api.graphql(PAGE, { first: 10, kind: 'School' });
        expect(schools.data.entities.edges.map((e: any) => e.node.name).sort()).toEqual(['重庆工业职业技术学院', '重庆电子工程职业学院']);
        const byAlias = await api.graphql(PAGE, { first: 10, q: '市教委' });
        expect(byAlias.data.entities.edges.map((e: any) => e.node.name)).toEqual(['重庆市教育委员会']);
      });

      it.each([
        [{ first: 51 }, /first must be a whole number from 0 to 50/],
        [{ first: 2, last: 2 }, /either first\/after or last\/before/],
        [{ first: 2, after: 'not-a-cursor' }, /not a cursor/],
      ])('refuses %j with BAD_USER_INPUT', async (variables, message) => {
        const r = await api.graphql(PAGE, variables);
        expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0].message).toMatch(message);
      });

      it('refuses a negative page size through class-validator, with details', async () => {
        const r = await api.graphql(PAGE, { first: -1 });
        expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0].extensions?.validationErrors).toEqual([{ property: 'first', constraints: { min: expect.any(String) } }]);
      });
    });

    describe('relations and evidence', () => {
      it('lists relations by type and direction, with the far end, evidence and citation', async () => {
        const r = await api.graphql(`query($id: ID!) { node(id: $id) { ... on Entity {
          relations(types: [LEADS, OPERATES], direction: OUT) { totalCount edges { direction node { type
            source { id } target { __typename ... on Clause { path deadline } ... on Entity { name } }
            evidence { quote line document { docNumber } clause { path } citation } } other { id } } } } } }`, { id: gid('School', F.DIANZI.id) });
        expect(r.errors).toBeUndefined();
        const relations = r.data.node.relations;
        expect(relations.totalCount).toBe(2);
        const leads = relations.edges.find((e: any) => e.node.type === 'LEADS');
        expect(leads.direction).toBe('OUT');
        expect(leads.node.target).toEqual({ __typename: 'Clause', path: '二/（一）', deadline: '2022年底前' });
        expect(leads.node.evidence).toEqual([
          {
            quote: '由重庆电子工程职业学院牵头',
            line: 6,
            document: { docNumber: F.PLAN_NUMBER },
            clause: { path: '二/（一）' },
            citation: `重庆市人民政府. ${F.PLAN_TITLE}: ${F.PLAN_NUMBER}[Z]. 2099-05-29.`,
          },
        ]);
        const operates = relations.edges.find((e: any) => e.node.type === 'OPERATES');
        expect(operates.node.target).toEqual({ __typename: 'Workshop', name: '泰国鲁班工坊' });
        expect(operates.other.id).toBe(gid('Workshop', F.WORKSHOP.id));
      });

      it('pages relations forward and backward to the same set', async () => {
        const Q = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { node(id: $id) { ... on Entity {
          relations(first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } } } }`;
        const id = gid('School', F.DIANZI.id);
        const forward: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = (await api.graphql(Q, { id, first: 2, after })).data.node.relations;
          forward.push(...page.edges.map((e: any) => e.node.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        const backward: string[] = [];
        let before: string | undefined;
        for (;;) {
          const page = (await api.graphql(Q, { id, last: 2, before })).data.node.relations;
          backward.unshift(...page.edges.map((e: any) => e.node.id));
          if (!page.pageInfo.hasPreviousPage) break;
          before = page.pageInfo.startCursor;
        }
        expect(forward).toHaveLength(7);
        expect(backward).toEqual(forward);
      });
    });

    describe('documents and clauses', () => {
      it('finds a document by 文号 however its brackets are typed', async () => {
        for (const number of [F.PLAN_NUMBER, '渝府发[2099]18号', '渝府发 (2099) 18号']) {
          const r = await api.graphql('query($n: String) { document(docNumber: $n) { title date issuers level kind inCorpus } }', { n: number });
          expect(r.data.document).toEqual({
            title: F.PLAN_TITLE,
            date: '2099-05-29',
            issuers: ['重庆市人民政府'],
            level: 'municipal',
            kind: '通知',
            inCorpus: true,
          });
        }
        const none = await api.graphql('{ document(docNumber: "渝府发〔1900〕1号") { id } }');
        expect(none.data.document).toBeNull();
        const both = await api.graphql('{ document { id } }');
        expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      });

      it('lists a document’s clauses in reading order, paged', async () => {
        const Q = `query($n: String, $after: String) { document(docNumber: $n) { clauses(first: 2, after: $after) {
          totalCount edges { node { path heading text } } pageInfo { hasNextPage endCursor } } } }`;
        const paths: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = (await api.graphql(Q, { n: F.PLAN_NUMBER, after })).data.document.clauses;
          expect(page.totalCount).toBe(5);
          paths.push(...page.edges.map((e: any) => e.node.path));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(paths).toEqual(['一', '一/（一）', '二', '二/（一）', '二/（二）']);
      });

      it('follows citations both ways, through clauses', async () => {
        const r = await api.graphql(`{ opinion: document(docNumber: "${F.OPINION_NUMBER}") { cites { docNumber inCorpus } issuedBy { name } }
          plan: document(docNumber: "${F.PLAN_NUMBER}") { citedBy { docNumber } cites { docNumber } } }`);
        expect(r.data.opinion.cites).toEqual([
          { docNumber: F.NATIONAL_NUMBER, inCorpus: false },
          { docNumber: F.PLAN_NUMBER, inCorpus: true },
        ]);
        expect(r.data.opinion.issuedBy).toEqual([{ name: '重庆市教育委员会' }]);
        expect(r.data.plan).toEqual({ citedBy: [{ docNumber: F.OPINION_NUMBER }], cites: [] });
      });

      it('gives a task clause its lead and responsible units, mentions, tree and document', async () => {
        const r = await api.graphql(`query($id: ID!) { node(id: $id) { ... on Clause {
          path heading deadline line lead { name } responsible { name } mentions { name }
          parent { path } children { path } document { docNumber } } } }`, { id: gid('Clause', F.PLAN_2_1.id) });
        expect(r.data.node).toEqual({
          path: '二/（一）',
          heading: '建设鲁班工坊',
          deadline: '2022年底前',
          line: 6,
          lead: [{ name: '重庆电子工程职业学院' }],
          responsible: [{ name: '重庆市教育委员会' }],
          mentions: expect.arrayContaining([{ name: '重庆电子工程职业学院' }, { name: '泰国鲁班工坊' }]),
          parent: { path: '二' },
          children: [],
          document: { docNumber: F.PLAN_NUMBER },
        });
      });

      it('finds similar clauses in other documents only', async () => {
        const r = await api.graphql(`query($id: ID!) { node(id: $id) { ... on Clause { similar(minScore: 0.3) { score clause { path document { docNumber } } } } } }`, {
          id: gid('Clause', F.PLAN_1_1.id),
        });
        const matches = r.data.node.similar;
        expect(matches.length).toBeGreaterThan(0);
        expect(matches[0].clause).toEqual({ path: '一/1', document: { docNumber: F.OPINION_NUMBER } });
        expect(matches[0].score).toBeGreaterThanOrEqual(0.3);
        expect(matches.every((m: any) => m.clause.document.docNumber !== F.PLAN_NUMBER)).toBe(true);
        const strict = await api.graphql(`query($id: ID!) { node(id: $id) { ... on Clause { similar(minScore: 0.99) { score } } } }`, {
          id: gid('Clause', F.PLAN_1_1.id),
        });
        expect(strict.data.node.similar).toEqual([]);
      });
    });

    describe('graph questions', () => {
      it('searches names and aliases', async () => {
        const r = await api.graphql('{ search(query: "华为", kinds: [Enterprise]) { score node { ... on Entity { name } } } }');
        expect(r.data.search[0].node).toEqual({ name: '华为技术有限公司' });
        expect(r.data.search[0].score).toBeGreaterThan(0);
      });

      it('returns a neighbourhood and says when maxNodes cut it short', async () => {
        const Q = 'query($id: ID!, $max: Int, $t: [RelationType!]) { neighbourhood(id: $id, depth: 1, maxNodes: $max, types: $t) { truncated nodes { id } edges { type } } }';
        const id = gid('Alliance', F.ALLIANCE.id);
        const members = await api.graphql(Q, { id, t: ['MEMBER_OF'] });
        expect(members.data.neighbourhood.truncated).toBe(false);
        expect(members.data.neighbourhood.nodes).toHaveLength(4);
        expect(members.data.neighbourhood.edges.map((e: any) => e.type)).toEqual(['MEMBER_OF', 'MEMBER_OF', 'MEMBER_OF']);
        const cut = await api.graphql(Q, { id, max: 2 });
        expect(cut.data.neighbourhood.truncated).toBe(true);
        expect(cut.data.neighbourhood.nodes.length).toBeLessThanOrEqual(2);
        const tooMany = await api.graphql(Q, { id, max: 51 });
        expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      });

      it('finds paths with the evidence of each step', async () => {
        const r = await api.graphql(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 2, types: [MEMBER_OF]) {
          length nodes { ... on Entity { name } } relations { type evidence { quote } } } }`, {
          a: gid('Enterprise', F.HUAWEI.id),
          b: gid('School', F.GONGYE.id),
        });
        expect(r.errors).toBeUndefined();
        expect(r.data.paths).toEqual([
          {
            length: 2,
            nodes: [{ name: '华为技术有限公司' }, { name: '重庆市电子信息产教联合体' }, { name: '重庆工业职业技术学院' }],
            relations: [
              { type: 'MEMBER_OF', evidence: [{ quote: expect.stringContaining('华为技术有限公司') }] },
              { type: 'MEMBER_OF', evidence: [{ quote: expect.stringContaining('重庆工业职业技术学院为') }] },
            ],
          },
        ]);
      });

      it('tells a missing node, or an id of another kind, from a neighbourhood or paths that find nothing', async () => {
        const N = 'query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id } } }';
        const P = 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 1) { length } }';
        const school = gid('School', F.GONGYE.id);
        for (const wrong of [gid('School', 'School:无'), gid('Enterprise', F.GONGYE.id), gid('Relation', F.GONGYE.id)]) {
          expect((await api.graphql(N, { id: wrong })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
          expect((await api.graphql(P, { a: wrong, b: school })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
          expect((await api.graphql(P, { a: school, b: wrong })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
        }
        const lonely = await api.graphql(P, { a: school, b: gid('Enterprise', F.HUAWEI.id) });
        expect(lonely).toEqual({ status: 200, data: { paths: [] } });
        const same = await api.graphql(P, { a: school, b: school });
        expect(same).toEqual({ status: 200, data: { paths: [] } });
        const raw = await api.graphql(N, { id: F.GONGYE.id });
        expect(raw.data.neighbourhood.nodes[0].id).toBe(school);
      });

      it('lists the entities two entities share', async () => {
        const r = await api.graphql('query($a: ID!, $b: ID!) { commonConnections(a: $a, b: $b) { name } }', {
          a: gid('School', F.DIANZI.id),
          b: gid('School', F.GONGYE.id),
        });
        expect(r.data.commonConnections).toEqual([{ name: '重庆市电子信息产教联合体' }]);
      });

      it('traces an entity through the documents in date order', async () => {
        const r = await api.graphql('query($id: ID!) { trace(id: $id) { date quote line document { docNumber } clause { path } relation { type } } }', {
          id: gid('School', F.DIANZI.id),
        });
        const trace = r.data.trace;
        expect(trace.length).toBeGreaterThanOrEqual(6);
        const dates = trace.map((m: any) => m.date);
        expect(dates).toEqual([...dates].sort());
        expect(trace[0].document.docNumber).toBe(F.PLAN_NUMBER);
        expect(trace[trace.length - 1].document.docNumber).toBe(F.OPINION_NUMBER);
        for (const m of trace) {
          const text = m.document.docNumber === F.PLAN_NUMBER ? F.PLAN_TEXT : F.OPINION_TEXT;
          expect(text.split('\n')[m.line - 1]).toContain(m.quote.split('\n')[0]);
        }
        const notEntity = await api.graphql('query($id: ID!) { trace(id: $id) { quote } }', { id: gid('Policy', F.PLAN) });
        expect(notEntity.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        const missing = await api.graphql('query($id: ID!) { trace(id: $id) { quote } }', { id: gid('School', 'School:无') });
        expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      });
    });
  });
}
