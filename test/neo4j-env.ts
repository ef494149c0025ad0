/** How integration tests reach Neo4j, and the hand-over between jest's global set-up and teardown. */
import path from 'node:path';
import { loadConfig } from '../src/config';

/** Bolt URI and credentials for integration tests; throws (never skips) when no Neo4j was given. */
export function neo4jTestSettings(): { uri: string; user: string; password: string } {
  const config = loadConfig();
  if (config.neo4jUri === undefined) {
    throw new Error(
      'NEO4J_URI is unset: run integration tests through jest (its global set-up starts Neo4j) or set NEO4J_URI',
    );
  }
  return { uri: config.neo4jUri, user: config.neo4jUser, password: config.neo4jPassword };
}

// globalSetup and globalTeardown run in jest's main process, each loaded on its own;
// globalThis is the channel jest documents between them.
const HOME_KEY = '__vetgraphStartedNeo4jHome';
type WithHome = typeof globalThis & { [HOME_KEY]?: string };

/** Home folder of the Neo4j that global set-up started, so teardown stops only that one. */
export const startedNeo4jHome = {
  get: (): string | undefined => (globalThis as WithHome)[HOME_KEY],
  set: (home: string | undefined): void => {
    (globalThis as WithHome)[HOME_KEY] = home;
  },
};

/** Lock file by which one test run claims a test home (and so its port) until its teardown. */
export function testHomeLock(home: string): string {
  return path.join(home, 'run.lock');
}
