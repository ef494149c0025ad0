import neo4j from 'neo4j-driver';
import type { Config } from '../config';
import type { GraphStore } from './graph-store.port';
import { MemoryStore } from './memory/memory-graph-store';
import { Neo4jStore } from './neo4j/neo4j-graph-store';
import type { QueryLogger } from './neo4j/run-query';

/**
 * The store the configuration asks for: Neo4j when `neo4jUri` is set (the driver is built here,
 * at the top, and closed with the store), else the embedded MemoryStore on `dataDir`.
 * Call `init()` on the result before use.
 */
export function createGraphStore(config: Config, logger?: QueryLogger): GraphStore {
  if (!config.neo4jUri) return new MemoryStore({ dataDir: config.dataDir });
  // An empty password means a server with authentication off (the embedded test server);
  // the driver sends the 'none' scheme when given no token.
  const auth = config.neo4jPassword ? neo4j.auth.basic(config.neo4jUser, config.neo4jPassword) : undefined;
  // Give up on a down server well inside one request's time limit, so a client is told
  // SERVICE_UNAVAILABLE (retry later) rather than TIMEOUT.
  const giveUpMs = Math.max(1000, Math.floor(config.requestTimeoutMs / 3));
  const driver = neo4j.driver(config.neo4jUri, auth, { connectionTimeout: giveUpMs, maxTransactionRetryTime: giveUpMs });
  return new Neo4jStore(driver, { database: config.neo4jDatabase, closeDriver: true, logger });
}
