/**
 * The mutations over HTTP, as a suite any store can run (merge is one `deleteNodes` transaction
 * in each adapter).
 */
import { toGlobalId } from '../../../src/api/ids/global-id';
import type { IngestFn } from '../../../src/api';
import { policyId } from '../../../src/graph/ids';
import type { GraphStore } from '../../../src/store/graph-store.port';
import * as F from '../../fixtures/api-graph.fixtures';
import { startApi, TEST_API_KEY, type ApiHarness, type StoreKind } from './api-client';

const dianzi = toGlobalId('School', F.DIANZI.id);
export const ADD_ALIAS = 'mutation($e: ID!, $a: String!) { addAlias(entity: $e, alias: $a) { name aliases } }';
const MERGE = 'mutation($k: ID!, $d: ID!) { mergeEntities(keep: $k, drop: $d) { name nameEn aliases relations { totalCount edges { node { type } } } } }';
export const INGEST = 'mutation($f: String!, $t: String!) { ingestDocument(filename: $f, text: $t) { nodesCreated warnings document { title docNumber } } }';

/**
 * A stand-in for the ingest pipeline (which lands later): it really writes the document's first
 * line as a Policy node, so the mutation's plumbing — key, limits, audit, result — is tested end to end.
 */
function titleOnlyIngest(store: GraphStore): IngestFn {
  return async (file, text) => {
    const title = text.split('\n')[0].trim();
    const id = policyId(undefined, title);
    const result = await store.upsert({
      nodes: [{ id, kind: 'Policy', name: title, aliases: [], properties: { title, file, inCorpus: true }, evidence: [] }],
      edges: [],
    });
    return { documentId: id, title, ...result, warnings: ['only the title was read'] };
  };
}

/** The mutation tests for one store kind (exported so the Neo4j file runs the same ones). */
export function describeMutations(kind: StoreKind): void {
  describe(`mutations (${kind} store)`, () => {
    let api: ApiHarness;
    beforeEach(async () => {
      api = await startApi({ store: kind, batch: F.apiGraphBatch(), ingest: titleOnlyIngest });
    });
    afterEach(() => api.close());

    it.each([
      ['no key', {}],
      ['a wrong key', { 'x-api-key': 'wrong' }],
      ['a wrong bearer token', { authorization: 'Bearer wrong' }],
    ])('refuses a mutation with %s as UNAUTHENTICATED, before validating its arguments', async (_how, headers) => {
      const r = await api.graphql(ADD_ALIAS, { e: dianzi, a: '' }, headers);
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const unchanged = await api.graphql('query($id: ID!) { node(id: $id) { ... on Entity { aliases } } }', { id: dianzi });
      expect(unchanged.data.node.aliases).toEqual(['重庆电子职院']);
    });

    it('adds an alias with the key (header or bearer), audits it, and finds the entity by it', async () => {
      const r = await api.graphql(ADD_ALIAS, { e: dianzi, a: '电子工程职院' }, { authorization: `Bearer ${TEST_API_KEY}` });
      expect(r.errors).toBeUndefined();
      expect(r.data.addAlias.aliases).toEqual(['重庆电子职院', '电子工程职院']);
      const found = await api.graphql('{ entity(name: "电子工程职院") { name } }');
      expect(found.data.entity).toEqual({ name: '重庆电子工程职业学院' });
      const audit = api.logs.filter((l) => l.audit === true);
      expect(audit).toEqual([expect.objectContaining({ mutation: 'addAlias', alias: '电子工程职院', outcome: 'ok', who: expect.stringMatching(/key:[0-9a-f]{8}/) })]);
      const again = await api.graphql(ADD_ALIAS, { e: dianzi, a: '电子工程职院' }, api.withKey);
      expect(again.data.addAlias.aliases).toEqual(['重庆电子职院', '电子工程职院']);
    });

    it('validates mutation arguments with details', async () => {
      const r = await api.graphql(ADD_ALIAS, { e: dianzi, a: '   ' }, api.withKey);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.validationErrors?.[0].property).toBe('alias');
      const notEntity = await api.graphql(ADD_ALIAS, { e: toGlobalId('Policy', F.PLAN), a: 'x' }, api.withKey);
      expect(notEntity.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('merges one entity into another: names become aliases, relations move, the other is gone', async () => {
      const keep = toGlobalId('School', F.GONGYE.id);
      const r = await api.graphql(MERGE, { k: keep, d: dianzi }, api.withKey);
      expect(r.errors).toBeUndefined();
      const merged = r.data.mergeEntities;
      expect(merged.name).toBe('重庆工业职业技术学院');
      expect(merged.aliases).toEqual(['重庆电子工程职业学院', '重庆电子职院']);
      expect(merged.nameEn).toBe('Chongqing College of Electronic Engineering');
      const types = merged.relations.edges.map((e: any) => e.node.type).sort();
      // Both were MEMBER_OF the alliance (one relation now) and both mentioned in OPINION_2 (one relation now).
      expect(types).toEqual(['LEADS', 'MEMBER_OF', 'MENTIONS', 'MENTIONS', 'MENTIONS', 'OPERATES', 'PARTNERS_WITH']);
      const gone = await api.graphql('query($id: ID!) { node(id: $id) { id } }', { id: dianzi });
      expect(gone.data.node).toBeNull();
      const byOldName = await api.graphql('{ entity(name: "重庆电子工程职业学院") { name } }');
      expect(byOldName.data.entity).toEqual({ name: '重庆工业职业技术学院' });
      expect(api.logs.filter((l) => l.audit === true && l.mutation === 'mergeEntities')).toHaveLength(1);
    });

    it('refuses to merge an entity with itself, or a missing one', async () => {
      const self = await api.graphql(MERGE, { k: dianzi, d: dianzi }, api.withKey);
      expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const missing = await api.graphql(MERGE, { k: dianzi, d: toGlobalId('School', 'School:无此校') }, api.withKey);
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(api.logs.filter((l) => l.audit === true && l.outcome === 'failed')).toHaveLength(2);
    });

    it('ingests a document through the injected pipeline', async () => {
      const r = await api.graphql(INGEST, { f: 'new.txt', t: '关于测试接口的通知\n正文。' }, api.withKey);
      expect(r.errors).toBeUndefined();
      expect(r.data.ingestDocument).toEqual({
        nodesCreated: 1,
        warnings: ['only the title was read'],
        document: { title: '关于测试接口的通知', docNumber: null },
      });
      const listed = await api.graphql('{ documents(titleContains: "测试接口") { totalCount } }');
      expect(listed.data.documents.totalCount).toBe(1);
    });

    it('refuses documents over the size limit and file names with folders', async () => {
      const big = await api.graphql(INGEST, { f: 'big.txt', t: '字'.repeat(20_000) }, api.withKey);
      expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(big.errors?.[0].message).toMatch(/limit is 50000/);
      const folder = await api.graphql(INGEST, { f: '../etc/passwd', t: 'x' }, api.withKey);
      expect(folder.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

}
