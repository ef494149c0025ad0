import { createLoaders, relationFilterKey } from '../../../src/api/loaders/create-loaders';
import { MemoryStore } from '../../../src/store/memory/memory-graph-store';
import * as F from '../../fixtures/api-graph.fixtures';
import { countingStore } from '../../integration/api/counting-store';

async function filledStore() {
  const store = new MemoryStore();
  await store.init();
  await store.upsert(F.apiGraphBatch());
  return countingStore(store);
}

describe('createLoaders', () => {
  it('batches node loads of one tick into one getNodes call, answering in the order asked', async () => {
    const { store, calls } = await filledStore();
    const loaders = createLoaders(store, { evidence: true, text: true });
    const ids = [F.HUAWEI.id, 'School:无此校', F.PLAN, F.DIANZI.id];
    const nodes = await Promise.all(ids.map((id) => loaders.nodes.load(id)));
    expect(nodes.map((n) => n?.id ?? null)).toEqual([F.HUAWEI.id, null, F.PLAN, F.DIANZI.id]);
    expect(calls).toEqual({ getNodes: 1 });
    await loaders.nodes.load(F.HUAWEI.id);
    expect(calls).toEqual({ getNodes: 1 });
  });

  it('groups relation loads by filter: one getRelations call per distinct filter, pages in key order', async () => {
    const { store, calls } = await filledStore();
    const loaders = createLoaders(store, { evidence: true, text: true });
    const members = { types: ['MEMBER_OF' as const], direction: 'OUT' as const };
    const [a, b, c, d] = await Promise.all([
      loaders.relations(F.DIANZI.id, members),
      loaders.relations(F.HUAWEI.id, { direction: 'OUT', types: ['MEMBER_OF'] }),
      loaders.relations(F.GONGYE.id, members),
      loaders.relations(F.DIANZI.id, { direction: 'BOTH' }),
    ]);
    expect(calls).toEqual({ getRelations: 2 });
    expect([a, b, c].map((p) => p.edges.map((e) => e.source))).toEqual([[F.DIANZI.id], [F.HUAWEI.id], [F.GONGYE.id]]);
    expect(d.totalCount).toBe(7);
  });

  it('primes the far ends of loaded relations, so resolving them calls the store no more', async () => {
    const { store, calls } = await filledStore();
    const loaders = createLoaders(store, { evidence: true, text: true });
    const page = await loaders.relations(F.DIANZI.id, { direction: 'BOTH' });
    const others = await loaders.nodes.loadMany(page.others.map((n) => n.id));
    expect(others).toEqual(page.others);
    expect(calls).toEqual({ getRelations: 1 });
  });

  it('reads as the plan says when the store call runs, not when the loaders were made', async () => {
    const { store } = await filledStore();
    const reads = { evidence: true, text: true };
    const loaders = createLoaders(store, reads);
    reads.evidence = false;
    reads.text = false;
    const [node, page, clause] = await Promise.all([
      loaders.nodes.load(F.HUAWEI.id),
      loaders.relations(F.DIANZI.id, { direction: 'BOTH' }),
      loaders.nodes.load(F.PLAN_1.id),
    ]);
    expect(node?.evidence).toEqual([]);
    expect([...page.edges, ...page.others].every((item) => item.evidence.length === 0)).toBe(true);
    expect(clause?.properties).not.toHaveProperty('text');
    expect(clause?.properties.path).toBe('一');
    const [full] = await store.getRelations([F.DIANZI.id], { direction: 'BOTH' });
    expect([...full.edges, ...full.others].some((item) => item.evidence.length > 0)).toBe(true);
  });

  it('reads the descendants of many nodes in one getDescendants call and primes them as nodes', async () => {
    const { store, calls } = await filledStore();
    const loaders = createLoaders(store, { evidence: true, text: true });
    const [tree, none] = await Promise.all([loaders.descendants(F.PLAN, ['CONTAINS']), loaders.descendants(F.HUAWEI.id, ['CONTAINS'])]);
    expect(tree.map((n) => n.id)).toEqual([F.PLAN_1, F.PLAN_2].map((c) => c.id).sort().concat([F.PLAN_1_1, F.PLAN_2_1, F.PLAN_2_2].map((c) => c.id).sort()));
    expect(none).toEqual([]);
    expect(calls).toEqual({ getDescendants: 1 });
    expect((await loaders.nodes.load(F.PLAN_2_1.id))?.properties.deadline).toBe('2022年底前');
    expect(calls).toEqual({ getDescendants: 1 });
  });

  it('does not call the store for primed nodes', async () => {
    const { store, calls } = await filledStore();
    const loaders = createLoaders(store, { evidence: true, text: true });
    loaders.prime([F.HUAWEI]);
    expect((await loaders.nodes.load(F.HUAWEI.id))?.name).toBe('华为技术有限公司');
    expect(calls).toEqual({});
  });

  it('keys filters so that type order and duplicates do not matter', () => {
    expect(relationFilterKey({ types: ['CITES', 'LEADS', 'CITES'], direction: 'IN' })).toBe(relationFilterKey({ types: ['LEADS', 'CITES'], direction: 'IN' }));
    expect(relationFilterKey({ direction: 'IN', first: 3 })).not.toBe(relationFilterKey({ direction: 'IN', first: 4 }));
  });
});
