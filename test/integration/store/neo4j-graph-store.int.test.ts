import neo4j from 'neo4j-driver';
import { Neo4jStore } from '../../../src/store/neo4j/neo4j-graph-store';
import { StoreUnavailableError } from '../../../src/store/store-errors';
import { neo4jTestSettings } from '../../neo4j-env';
import { describeGraphStoreContract } from '../../store-contract';

// The first queries wait for Cypher planning and index population.
jest.setTimeout(60_000);

// The contract clears the database before each test: it needs a Neo4j of its own (the one
// jest's global set-up starts, or NEO4J_URI), not one holding data anyone wants to keep.
describeGraphStoreContract('Neo4jStore', async () => {
  const { uri, user, password } = neo4jTestSettings();
  const driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined);
  const store = new Neo4jStore(driver, { closeDriver: true });
  await store.init();
  return store;
});

describe('Neo4jStore errors', () => {
  it('reports an unreachable server as StoreUnavailableError', async () => {
    // Port 9 (discard) on the loopback is closed here; the short retry time keeps the test quick.
    const driver = neo4j.driver('bolt://127.0.0.1:9', undefined, { connectionTimeout: 2000, maxTransactionRetryTime: 500 });
    const store = new Neo4jStore(driver, { closeDriver: true });
    try {
      await expect(store.getNodes(['x'])).rejects.toThrow(StoreUnavailableError);
      await expect(store.upsert({ nodes: [], edges: [] })).rejects.toThrow(/unavailable/);
    } finally {
      await store.close();
    }
  });

  it('init is safe to call twice', async () => {
    const { uri, user, password } = neo4jTestSettings();
    const store = new Neo4jStore(neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined), { closeDriver: true });
    try {
      await store.init();
      await store.init();
      expect(await store.counts()).toBeDefined();
    } finally {
      await store.close();
    }
  });
});
