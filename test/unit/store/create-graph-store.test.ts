import { loadConfig } from '../../../src/config';
import { createGraphStore } from '../../../src/store/create-graph-store';
import { MemoryStore } from '../../../src/store/memory/memory-graph-store';
import { Neo4jStore } from '../../../src/store/neo4j/neo4j-graph-store';

describe('createGraphStore', () => {
  it('picks the embedded store when no Neo4j URI is configured', async () => {
    const store = createGraphStore(loadConfig({}));
    expect(store).toBeInstanceOf(MemoryStore);
    await store.close();
  });

  it('picks Neo4j when a URI is configured, without connecting yet', async () => {
    const store = createGraphStore(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'secret' }));
    expect(store).toBeInstanceOf(Neo4jStore);
    await store.close();
  });
});
