/**
 * The GraphStore contract: one suite, run unchanged against every adapter
 * (test/unit/store/memory-graph-store.test.ts, test/integration/store/neo4j-graph-store.int.test.ts).
 */
import type { GraphStore } from '../src/store/graph-store.port';
import { StoreConflictError, StoreInputError } from '../src/store/store-errors';
import { ALLIANCE, CHANGAN, CLAUSE, DIANZI, edge, evidenceAt, fixtureGraph, GONGYE, JIAOWEI, node, POLICY, THAILAND, WORKSHOP } from './fixtures/graph.fixtures';

/** Defines the contract tests for a store; `makeStore` returns an initialised store, emptied before each test. */
export function describeGraphStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`${name} (GraphStore contract)`, () => {
    let store: GraphStore;
    const ids = (items: { id: string }[]) => items.map((i) => i.id);

    beforeAll(async () => {
      store = await makeStore();
    });
    beforeEach(async () => {
      await store.clear();
    });
    afterAll(async () => {
      await store?.close();
    });

    describe('upsert', () => {
      it('writes a batch and reads nodes back in the order asked, null where missing', async () => {
        const result = await store.upsert(fixtureGraph());
        expect(result).toEqual({ nodesCreated: 9, nodesUpdated: 0, edgesCreated: 11, edgesUpdated: 0 });
        const got = await store.getNodes([DIANZI, 'School:nowhere', GONGYE, DIANZI]);
        expect(got.map((n) => n?.id ?? null)).toEqual([DIANZI, null, GONGYE, DIANZI]);
        expect(got[2]).toEqual(fixtureGraph().nodes.find((n) => n.id === GONGYE));
        expect(got[0]!.properties).toEqual({ level: 'double-high', tags: ['A', 'B'] });
      });

      it('is idempotent: the same batch twice leaves the same graph and counts as updates', async () => {
        await store.upsert(fixtureGraph());
        const before = await store.dump();
        const again = await store.upsert(fixtureGraph());
        expect(again).toEqual({ nodesCreated: 0, nodesUpdated: 9, edgesCreated: 0, edgesUpdated: 11 });
        expect(await store.dump()).toEqual(before);
        expect(before.nodes).toHaveLength(9);
        expect(ids(before.nodes)).toEqual([...ids(before.nodes)].sort());
      });

      it('merges: new name, kept nameEn, united aliases and evidence, shallow-merged properties', async () => {
        await store.upsert(fixtureGraph());
        const update = node('School', '重庆工业职业技术学院', {
          name: '重庆工业职业技术学院（新）',
          aliases: ['重庆工职院', '工职院'],
          properties: { founded: 1951 },
          evidence: [evidenceAt(40, '工职院'), evidenceAt(2, '重庆工业职业技术学院')],
        });
        await store.upsert({ nodes: [update], edges: [edge('PARTNERS_WITH', GONGYE, CHANGAN, { properties: { year: 2024 } })] });
        const [merged] = await store.getNodes([GONGYE]);
        expect(merged).toMatchObject({ name: '重庆工业职业技术学院（新）', nameEn: 'Chongqing Industry Polytechnic College' });
        expect(merged!.aliases).toEqual(['重庆工职院', '工职院']);
        expect(merged!.properties).toEqual({ founded: 1951 });
        expect(merged!.evidence.map((e) => e.start)).toEqual([2, 40]);
        const [page] = await store.getRelations([GONGYE], { direction: 'OUT', types: ['PARTNERS_WITH'] });
        expect(page.edges[0].properties).toEqual({ what: '智能网联汽车产业学院', year: 2024 });
        expect(page.edges[0].evidence).toHaveLength(1);
      });

      it('refuses to change a node kind, and writes nothing of that batch', async () => {
        await store.upsert(fixtureGraph());
        const before = await store.dump();
        const clash = { ...node('Enterprise', 'x'), id: GONGYE };
        await expect(store.upsert({ nodes: [node('Country', '老挝'), clash], edges: [] })).rejects.toThrow(StoreConflictError);
        expect(await store.dump()).toEqual(before);
      });

      it('is all or nothing: an edge to a missing node rejects the whole batch', async () => {
        await store.upsert(fixtureGraph());
        const before = await store.dump();
        const batch = { nodes: [node('Country', '老挝')], edges: [edge('LOCATED_IN', WORKSHOP, 'Country:老挝'), edge('LOCATED_IN', WORKSHOP, 'Country:nowhere')] };
        await expect(store.upsert(batch)).rejects.toThrow(StoreInputError);
        await expect(store.upsert(batch)).rejects.toThrow(/Country:nowhere/);
        expect(await store.dump()).toEqual(before);
      });

      it('rejects malformed nodes and edges with a message naming them', async () => {
        await expect(store.upsert({ nodes: [{ ...node('School', 'a'), kind: 'Castle' as never }], edges: [] })).rejects.toThrow(/Castle/);
        await expect(store.upsert({ nodes: [{ ...node('School', 'a'), id: ' ' }], edges: [] })).rejects.toThrow(StoreInputError);
        await expect(store.upsert({ nodes: [], edges: [{ ...edge('LEADS', 'a', 'b'), type: 'LOVES' as never }] })).rejects.toThrow(/LOVES/);
        await expect(store.upsert({ nodes: [], edges: [{ ...edge('LEADS', 'a', 'b'), type: 'CITES' }] })).rejects.toThrow(/does not begin with its type "CITES:"/);
        expect((await store.dump()).nodes).toEqual([]);
      });

      it('refuses an edge id written again with other ends, and writes nothing of that batch', async () => {
        await store.upsert(fixtureGraph());
        const before = await store.dump();
        const stored = edge('MEMBER_OF', GONGYE, ALLIANCE);
        const moved = { ...edge('MEMBER_OF', DIANZI, ALLIANCE), id: stored.id };
        await expect(store.upsert({ nodes: [node('Country', '老挝')], edges: [moved] })).rejects.toThrow(StoreConflictError);
        expect(await store.dump()).toEqual(before);
      });

      it('loses no update when writers of the same node run at once', async () => {
        await store.upsert(fixtureGraph());
        const writers = ['甲', '乙', '丙', '丁'].map((alias) =>
          store.upsert({ nodes: [node('School', '重庆工业职业技术学院', { aliases: [alias] })], edges: [edge('MEMBER_OF', GONGYE, ALLIANCE, { evidence: [evidenceAt(alias.charCodeAt(0) % 97, alias)] })] }),
        );
        await Promise.all(writers);
        const [merged] = await store.getNodes([GONGYE]);
        expect([...merged!.aliases].sort()).toEqual(['重庆工职院', '甲', '乙', '丙', '丁'].sort());
        const [page] = await store.getRelations([GONGYE], { direction: 'OUT', types: ['MEMBER_OF'] });
        expect(page.edges[0].evidence).toHaveLength(4);
      });

      it('hands out read-only nodes: changing one (where allowed at all) does not change the store', async () => {
        await store.upsert(fixtureGraph());
        const [first] = await store.getNodes([GONGYE]);
        const [page] = await store.getRelations([GONGYE], { direction: 'OUT' });
        const evidenceCount = page.edges[0].evidence.length;
        try {
          first!.aliases.push('changed');
          page.edges[0].evidence.pop();
        } catch (error) {
          // The MemoryStore hands out its frozen originals; a change is refused.
          expect(error).toBeInstanceOf(TypeError);
        }
        expect((await store.getNodes([GONGYE]))[0]!.aliases).toEqual(['重庆工职院']);
        expect((await store.getRelations([GONGYE], { direction: 'OUT' }))[0].edges[0].evidence).toHaveLength(evidenceCount);
      });
    });

    describe('getRelations', () => {
      beforeEach(async () => {
        await store.upsert(fixtureGraph());
      });

      it('filters by direction and type, counts all, and returns one page per id in order', async () => {
        const pages = await store.getRelations([CHANGAN, 'nobody', DIANZI], { direction: 'IN' });
        expect(pages.map((p) => p.totalCount)).toEqual([3, 0, 0]);
        expect(pages[0].edges.map((e) => e.source).sort()).toEqual([CLAUSE, GONGYE, DIANZI].sort());
        const out = await store.getRelations([DIANZI, CHANGAN], { direction: 'OUT' });
        expect(out.map((p) => p.totalCount)).toEqual([3, 0]);
        const both = await store.getRelations([ALLIANCE], { direction: 'BOTH', types: ['MEMBER_OF', 'LEADS'] });
        expect(both[0].totalCount).toBe(3);
        const typed = await store.getRelations([CHANGAN], { direction: 'BOTH', types: ['PARTNERS_WITH'] });
        expect(typed[0].edges.every((e) => e.type === 'PARTNERS_WITH' && e.target === CHANGAN)).toBe(true);
        expect(typed[0].totalCount).toBe(2);
      });

      it('pages in edge-id order with first/after while totalCount stays the same', async () => {
        const [all] = await store.getRelations([CHANGAN], { direction: 'BOTH' });
        expect(ids(all.edges)).toEqual([...ids(all.edges)].sort());
        const [p1] = await store.getRelations([CHANGAN], { direction: 'BOTH', first: 2 });
        const [p2] = await store.getRelations([CHANGAN], { direction: 'BOTH', first: 2, after: p1.edges[1].id });
        expect([...ids(p1.edges), ...ids(p2.edges)]).toEqual(ids(all.edges));
        expect([p1.totalCount, p2.totalCount]).toEqual([3, 3]);
        expect(p2.edges).toHaveLength(1);
      });

      it('leaves evidence out of every read that asks for none, and only those', async () => {
        const noEvidence = { evidence: false };
        const bare = (items: { evidence: unknown[] }[]) => items.every((i) => i.evidence.length === 0);
        const [node] = await store.getNodes([GONGYE], noEvidence);
        expect(node).toEqual({ ...(await store.getNodes([GONGYE]))[0], evidence: [] });
        const [page] = await store.getRelations([CHANGAN], { direction: 'BOTH', evidence: false });
        expect(bare(page.edges) && bare(page.others)).toBe(true);
        const [full] = await store.getRelations([CHANGAN], { direction: 'BOTH' });
        expect(full.edges.some((e) => e.evidence.length > 0)).toBe(true);
        expect(page.edges).toEqual(full.edges.map((e) => ({ ...e, evidence: [] })));
        expect(bare(await store.findByName('重庆工职院', undefined, noEvidence))).toBe(true);
        expect(bare((await store.listNodes({ first: 50, evidence: false })).nodes)).toBe(true);
        expect(bare((await store.search('工业', { first: 10, evidence: false })).map((h) => h.node))).toBe(true);
        const sub = await store.neighbourhood(GONGYE, { depth: 2, maxNodes: 50, evidence: false });
        expect(sub.nodes.length > 1 && bare(sub.nodes) && bare(sub.edges)).toBe(true);
        const [path] = await store.shortestPaths(GONGYE, DIANZI, { maxHops: 4, limit: 1, evidence: false });
        expect(bare(path.nodes) && bare(path.edges)).toBe(true);
        expect((await store.getNodes([GONGYE]))[0]!.evidence.length).toBeGreaterThan(0);
      });

      it('leaves clause text out of every read that asks for none, and keeps every other property', async () => {
        const noText = { text: false };
        const [whole] = await store.getNodes([CLAUSE]);
        const { text, ...rest } = whole!.properties;
        expect(typeof text).toBe('string');
        const slim = { ...whole, properties: rest };
        expect((await store.getNodes([CLAUSE], noText))[0]).toEqual(slim);
        const [page] = await store.getRelations([GONGYE], { direction: 'BOTH', text: false });
        expect(page.others.find((n) => n.id === CLAUSE)).toEqual(slim);
        expect((await store.listNodes({ kinds: ['Clause'], first: 5, text: false })).nodes).toEqual([slim]);
        expect((await store.search('产教融合', { kinds: ['Clause'], first: 5, text: false }))[0].node).toEqual(slim);
        const sub = await store.neighbourhood(GONGYE, { depth: 1, maxNodes: 50, text: false });
        expect(sub.nodes.find((n) => n.id === CLAUSE)).toEqual(slim);
        const [path] = await store.shortestPaths(POLICY, GONGYE, { maxHops: 4, limit: 1, text: false });
        expect(path.nodes[1]).toEqual(slim);
        expect(await store.getDescendants([POLICY], { types: ['CONTAINS'], text: false })).toEqual([[slim]]);
        expect((await store.getNodes([CLAUSE]))[0]).toEqual(whole);
      });

      it('returns the node at the far end of each edge, whole, in edge order', async () => {
        const [page] = await store.getRelations([CHANGAN], { direction: 'BOTH', first: 2 });
        expect(ids(page.others)).toEqual(page.edges.map((e) => (e.source === CHANGAN ? e.target : e.source)));
        expect(page.others).toEqual(await store.getNodes(ids(page.others)));
        const [none] = await store.getRelations(['nobody'], { direction: 'BOTH' });
        expect(none).toEqual({ edges: [], others: [], totalCount: 0 });
      });
    });

    describe('getDescendants', () => {
      it('walks relations of the given types outwards, nearest first then by id, each node once', async () => {
        const deep = node('Clause', '深层条款', { properties: { path: '一/（一）/1', text: '深层条款' } });
        const side = node('Clause', '旁支条款', { properties: { path: '二', text: '旁支条款' } });
        await store.upsert(fixtureGraph());
        await store.upsert({
          nodes: [deep, side],
          edges: [edge('CONTAINS', CLAUSE, deep.id), edge('CONTAINS', POLICY, side.id), edge('CONTAINS', side.id, deep.id), edge('CONTAINS', deep.id, POLICY)],
        });
        const [tree, leaf, none] = await store.getDescendants([POLICY, deep.id, 'nobody'], { types: ['CONTAINS'] });
        expect(ids(tree)).toEqual([CLAUSE, side.id].sort().concat([deep.id]));
        expect(tree[ids(tree).indexOf(CLAUSE)]).toEqual((await store.getNodes([CLAUSE]))[0]);
        // deep → POLICY → (CLAUSE, side) → deep again: the start is never its own descendant.
        expect(ids(leaf)).toEqual([POLICY, ...[CLAUSE, side.id].sort()]);
        expect(none).toEqual([]);
        expect(await store.getDescendants([POLICY], { types: ['MEMBER_OF'] })).toEqual([[]]);
        await expect(store.getDescendants([POLICY], { types: [] })).rejects.toThrow(StoreInputError);
      });
    });

    describe('findByName and listNodes', () => {
      beforeEach(async () => {
        await store.upsert(fixtureGraph());
      });

      it('finds by a stored pinyin key (any case), and keeps the keys of every write', async () => {
        const school = (pinyin: string[]) => node('School', '重庆工业职业技术学院', { aliases: ['重庆工职院'], properties: { pinyin } });
        await store.upsert({ nodes: [school(['chongqinggongyezhiyejishuxueyuan', 'cqgyzyjsxy'])], edges: [] });
        expect(ids(await store.findByName('cqgyzyjsxy'))).toEqual([GONGYE]);
        expect(ids(await store.findByName('CQGYZYJSXY', ['School']))).toEqual([GONGYE]);
        expect(await store.findByName('cqgy')).toEqual([]);
        await store.upsert({ nodes: [school(['cqgzy'])], edges: [] });
        expect(ids(await store.findByName('cqgzy'))).toEqual([GONGYE]);
        expect(ids(await store.findByName('cqgyzyjsxy'))).toEqual([GONGYE]);
        expect((await store.getNodes([GONGYE]))[0]!.properties.pinyin).toEqual(['chongqinggongyezhiyejishuxueyuan', 'cqgyzyjsxy', 'cqgzy']);
      });

      it('answers a name of more words than a full-text query may hold', async () => {
        expect(await store.findByName(Array.from({ length: 1100 }, (_, i) => `w${i}`).join(' '))).toEqual([]);
      });

      it('finds by name, alias and English name (any case), optionally by kind', async () => {
        expect(ids(await store.findByName('重庆工职院'))).toEqual([GONGYE]);
        expect(ids(await store.findByName('chongqing industry polytechnic college'))).toEqual([GONGYE]);
        expect(ids(await store.findByName('长安汽车', ['Enterprise']))).toEqual([CHANGAN]);
        expect(await store.findByName('长安汽车', ['School'])).toEqual([]);
        expect(await store.findByName('长安')).toEqual([]);
      });

      it('lists by kind and name substring, in keyset pages by id', async () => {
        const schools = await store.listNodes({ kinds: ['School'], first: 10 });
        expect(ids(schools.nodes)).toEqual([GONGYE, DIANZI].sort());
        expect(ids((await store.listNodes({ nameContains: '长安', first: 10 })).nodes)).toEqual([CHANGAN]);
        expect((await store.listNodes({ nameContains: '职业', first: 10 })).totalCount).toBe(2);
        const seen: string[] = [];
        let after: string | undefined;
        for (let i = 0; i < 5; i++) {
          const page = await store.listNodes({ first: 4, after });
          expect(page.totalCount).toBe(9);
          seen.push(...ids(page.nodes));
          if (page.nodes.length < 4) break;
          after = page.nodes[page.nodes.length - 1].id;
        }
        expect(seen).toEqual(ids((await store.dump()).nodes));
      });
    });

    describe('search', () => {
      beforeEach(async () => {
        await store.upsert(fixtureGraph());
      });

      it('finds a Chinese substring of a name, the entity before the clause that mentions it', async () => {
        const hits = await store.search('工业职业', { first: 10 });
        expect(hits.map((h) => h.node.id)).toEqual([GONGYE, CLAUSE]);
        expect(hits[0].score).toBeGreaterThan(hits[1].score);
      });

      it('finds clause text, aliases and English names; ranks exact alias first', async () => {
        expect((await store.search('共建智能网联', { first: 10 })).map((h) => h.node.id)).toEqual([CLAUSE]);
        expect((await store.search('Polytechnic', { first: 10 })).map((h) => h.node.id)).toEqual([GONGYE]);
        const exact = await store.search('长安汽车', { first: 10 });
        expect(exact.map((h) => h.node.id)).toEqual([CHANGAN, CLAUSE]);
        expect(exact[0].score).toBe(4);
      });

      it('filters by kind, needs every term, and cuts at first', async () => {
        expect((await store.search('学院', { kinds: ['School'], first: 10 })).map((h) => h.node.id)).toEqual([GONGYE, DIANZI]);
        expect((await store.search('学院', { first: 10 })).map((h) => h.node.id)).toEqual([GONGYE, DIANZI, CLAUSE]);
        expect((await store.search('电子 学院', { first: 10 })).map((h) => h.node.id)).toEqual([DIANZI]);
        expect(await store.search('学院', { first: 1 })).toHaveLength(1);
        expect(await store.search('火星', { first: 10 })).toEqual([]);
        expect((await store.search('坊', { first: 10 })).map((h) => h.node.id)).toEqual([WORKSHOP]);
        expect((await store.search('泰国 工坊', { first: 10 })).map((h) => h.node.id)).toEqual([WORKSHOP]);
        await expect(store.search('  ', { first: 10 })).rejects.toThrow(StoreInputError);
      });

      it('finds a name by its pinyin keys, full or a prefix of the initials', async () => {
        const pinyin = ['chongqinggongyezhiyejishuxueyuan', 'cqgyzyjsxy'];
        await store.upsert({ nodes: [node('School', '重庆工业职业技术学院', { properties: { pinyin } })], edges: [] });
        expect((await store.search('cqgy', { first: 10 })).map((h) => h.node.id)).toEqual([GONGYE]);
        expect((await store.search('chongqinggongye', { first: 10 })).map((h) => h.node.id)).toEqual([GONGYE]);
      });

      it('finds Latin letters anywhere inside a word, a stop word included', async () => {
        expect((await store.search('technic', { first: 10 })).map((h) => h.node.id)).toEqual([GONGYE]);
        expect((await store.search('ailand', { first: 10 })).map((h) => h.node.id)).toEqual([THAILAND]);
        expect((await store.search('and', { first: 10 })).map((h) => h.node.id)).toEqual([THAILAND]);
        expect((await store.search('industry 学院', { first: 10 })).map((h) => h.node.id)).toEqual([GONGYE]);
      });

      it('takes Lucene syntax as plain text', async () => {
        expect(await store.search('学院 AND (OR:*', { first: 10 })).toEqual([]);
        expect(await store.search('"学院', { first: 10 })).toEqual([]);
      });
    });

    describe('neighbourhood and shortestPaths', () => {
      beforeEach(async () => {
        await store.upsert(fixtureGraph());
      });

      it('returns ring 1 with the edges among it', async () => {
        const sub = await store.neighbourhood(GONGYE, { depth: 1, maxNodes: 50 });
        expect(ids(sub.nodes)).toEqual([GONGYE, ALLIANCE, CLAUSE, CHANGAN]);
        expect(sub.edges).toHaveLength(4);
        expect(sub.truncated).toBe(false);
      });

      it('returns ring 2, follows only the given types, and truncates at maxNodes', async () => {
        const two = await store.neighbourhood(GONGYE, { depth: 2, maxNodes: 50 });
        expect(ids(two.nodes)).toEqual([GONGYE, ALLIANCE, CLAUSE, CHANGAN, JIAOWEI, POLICY, DIANZI]);
        expect(two.edges).toHaveLength(9);
        const cut = await store.neighbourhood(GONGYE, { depth: 2, maxNodes: 5 });
        expect(ids(cut.nodes)).toEqual([GONGYE, ALLIANCE, CLAUSE, CHANGAN, JIAOWEI]);
        expect(cut.truncated).toBe(true);
        const typed = await store.neighbourhood(GONGYE, { depth: 2, maxNodes: 50, types: ['MEMBER_OF'] });
        expect(ids(typed.nodes)).toEqual([GONGYE, ALLIANCE, DIANZI]);
        expect(await store.neighbourhood('nobody', { depth: 1, maxNodes: 5 })).toEqual({ nodes: [], edges: [], truncated: false });
        await expect(store.neighbourhood(GONGYE, { depth: 7, maxNodes: 5 })).rejects.toThrow(StoreInputError);
      });

      it('finds every shortest path through shared partners, in edge-id order', async () => {
        const paths = await store.shortestPaths(GONGYE, DIANZI, { maxHops: 4, limit: 10 });
        expect(paths.map((p) => p.edges.map((e) => e.type))).toEqual([['MEMBER_OF', 'MEMBER_OF'], ['PARTNERS_WITH', 'PARTNERS_WITH']]);
        expect(paths[1].edges.map((e) => [e.source, e.target])).toEqual([[GONGYE, CHANGAN], [DIANZI, CHANGAN]]);
        expect(paths.map((p) => ids(p.nodes))).toEqual([[GONGYE, ALLIANCE, DIANZI], [GONGYE, CHANGAN, DIANZI]]);
        expect(paths[1].nodes[1]).toEqual((await store.getNodes([CHANGAN]))[0]);
        expect(await store.shortestPaths(GONGYE, DIANZI, { maxHops: 4, limit: 1 })).toHaveLength(1);
        const typed = await store.shortestPaths(GONGYE, DIANZI, { maxHops: 4, limit: 10, types: ['PARTNERS_WITH'] });
        expect(typed.map((p) => p.edges.map((e) => e.type))).toEqual([['PARTNERS_WITH', 'PARTNERS_WITH']]);
        expect(await store.shortestPaths(GONGYE, DIANZI, { maxHops: 1, limit: 10 })).toEqual([]);
        expect(await store.shortestPaths(GONGYE, THAILAND, { maxHops: 3, limit: 10 })).toEqual([]);
        expect(await store.shortestPaths(GONGYE, THAILAND, { maxHops: 4, limit: 10 })).toHaveLength(2);
        expect(await store.shortestPaths(GONGYE, 'nobody', { maxHops: 4, limit: 10 })).toEqual([]);
        expect(await store.shortestPaths(GONGYE, GONGYE, { maxHops: 4, limit: 10 })).toEqual([]);
      });

      it('finds the shortest path among the allowed types, even when a shorter one uses others', async () => {
        const any = await store.shortestPaths(GONGYE, JIAOWEI, { maxHops: 4, limit: 10 });
        expect(any.map((p) => p.edges.map((e) => e.type))).toEqual([['MEMBER_OF', 'LEADS']]);
        const documents = await store.shortestPaths(GONGYE, JIAOWEI, { maxHops: 4, limit: 10, types: ['MENTIONS', 'CONTAINS', 'ISSUED_BY'] });
        expect(documents.map((p) => p.edges.map((e) => e.type))).toEqual([['MENTIONS', 'CONTAINS', 'ISSUED_BY']]);
        expect(documents[0].edges.map((e) => e.source)).toEqual([CLAUSE, POLICY, POLICY]);
        expect(ids(documents[0].nodes)).toEqual([GONGYE, CLAUSE, POLICY, JIAOWEI]);
      });
    });

    describe('counts, deleteNodes, clear', () => {
      it('counts nodes by kind and edges by type', async () => {
        expect(await store.counts()).toEqual({ nodes: {}, edges: {} });
        await store.upsert(fixtureGraph());
        const counts = await store.counts();
        expect(counts.nodes).toEqual({ Policy: 1, Clause: 1, School: 2, Enterprise: 1, GovernmentBody: 1, Alliance: 1, Workshop: 1, Country: 1 });
        expect(counts.edges).toEqual({ CONTAINS: 1, ISSUED_BY: 1, MENTIONS: 2, PARTNERS_WITH: 2, MEMBER_OF: 2, LEADS: 1, OPERATES: 1, LOCATED_IN: 1 });
      });

      it('deletes nodes with their edges and writes the replacement in the same step', async () => {
        await store.upsert(fixtureGraph());
        const merged = node('Enterprise', '长安汽车集团', { aliases: ['长安汽车'] });
        const replacement = { nodes: [merged], edges: [edge('PARTNERS_WITH', GONGYE, merged.id)] };
        expect(await store.deleteNodes([CHANGAN, 'nobody'], replacement)).toEqual({ nodesDeleted: 1 });
        expect(await store.getNodes([CHANGAN])).toEqual([null]);
        const counts = await store.counts();
        expect(counts.edges).toMatchObject({ MENTIONS: 1, PARTNERS_WITH: 1 });
        expect(ids(await store.findByName('长安汽车'))).toEqual([merged.id]);
      });

      it('deletes nothing when the replacement is bad', async () => {
        await store.upsert(fixtureGraph());
        const before = await store.dump();
        await expect(store.deleteNodes([CHANGAN], { nodes: [], edges: [edge('PARTNERS_WITH', GONGYE, CHANGAN)] })).rejects.toThrow(StoreInputError);
        expect(await store.dump()).toEqual(before);
      });

      it('clears everything', async () => {
        await store.upsert(fixtureGraph());
        await store.clear();
        expect(await store.dump()).toEqual({ nodes: [], edges: [] });
        expect(await store.search('学院', { first: 5 })).toEqual([]);
        expect(await store.findByName('市教委')).toEqual([]);
      });
    });
  });
}
