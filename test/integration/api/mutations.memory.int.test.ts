import { toGlobalId } from '../../../src/api/ids/global-id';
import * as F from '../../fixtures/api-graph.fixtures';
import { startApi } from './api-client';
import { ADD_ALIAS, describeMutations, INGEST } from './mutations.suite';

const dianzi = toGlobalId('School', F.DIANZI.id);

describeMutations('memory');

describe('mutations on servers without a key or a pipeline', () => {
  it('refuses every mutation when no API key is configured', async () => {
    const api = await startApi({ store: 'memory', batch: F.apiGraphBatch(), config: { apiKey: undefined } });
    try {
      const r = await api.graphql(ADD_ALIAS, { e: dianzi, a: 'x' }, api.withKey);
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.errors?.[0].message).toMatch(/no API key configured/);
      const read = await api.graphql('{ entity(name: "华为") { name } }');
      expect(read.data.entity).toEqual({ name: '华为技术有限公司' });
    } finally {
      await api.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE for ingest when no pipeline is wired', async () => {
    const api = await startApi({ store: 'memory' });
    try {
      const r = await api.graphql(INGEST, { f: 'a.txt', t: 'x' }, api.withKey);
      expect(r.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await api.close();
    }
  });
});
