import { MemoryStore } from '../../../src/store/memory/memory-graph-store';
import { apiGraphBatch } from '../../fixtures/api-graph.fixtures';
import { startApi, type ApiHarness } from './api-client';
import { countingStore, type CountingStore } from './counting-store';

/** DataLoaders made per request batch every store call: a nested query costs one round trip per level. */
describe('store round trips per query level', () => {
  let api: ApiHarness;
  let counting: CountingStore;
  beforeAll(async () => {
    const store = new MemoryStore();
    counting = countingStore(store);
    api = await startApi({ store, batch: apiGraphBatch(), wrap: () => counting.store });
  });
  afterAll(() => api.close());
  beforeEach(() => counting.reset());

  it('costs one call per level for a 3-level nested query, and none for the far ends relations bring', async () => {
    const r = await api.graphql(`{
      entities(first: 20) {                                   # level 1: listNodes
        edges { node { name
          relations(first: 10) {                              # level 2: getRelations for all entities
            edges { node { type
              target { id ... on Entity { name                # level 3: came with level 2, no call
                relations(first: 5, types: [MEMBER_OF]) {    # level 4: getRelations for all targets
                  totalCount } } } } } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.entities.edges).toHaveLength(8);
    // Level 2 fans out to many entities, level 4 to many targets: still one call each.
    expect(counting.calls).toEqual({ listNodes: 1, getRelations: 2 });
  });

  it('shares one call among resolvers asking the same filter, and splits by filter', async () => {
    const r = await api.graphql(`{ entities(first: 20) { edges { node {
      a: relations(first: 3) { totalCount }
      b: relations(first: 3) { totalCount }
      c: relations(first: 3, direction: OUT) { totalCount } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(counting.calls).toEqual({ listNodes: 1, getRelations: 2 });
  });

  it('makes fresh loaders for each request (no cache across requests)', async () => {
    const q = '{ entity(name: "华为") { relations(first: 2) { totalCount } } }';
    await api.graphql(q);
    await api.graphql(q);
    expect(counting.calls.getRelations).toBe(2);
  });
});
