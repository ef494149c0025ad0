import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type * as Runtime from '../../scripts/neo4j-runtime';

/** The repository root (the folder with package.json), from wherever this file was compiled to. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'scripts', 'neo4j-runtime.js'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no repository root above ${__dirname}`);
    dir = up;
  }
  return dir;
}

// Plain CommonJS outside the compiled tree: required by path so the compiled bench finds it too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const runtime = require(join(repoRoot(), 'scripts', 'neo4j-runtime.js')) as typeof Runtime;

/** A Neo4j for one bench run: its Bolt URI, a driver, and how to stop it. */
export interface BenchNeo4j {
  uri: string;
  driver: Driver;
  /** Pid of the JVM, when this run started it (for its RSS); undefined for a server given by URI. */
  pid?: number;
  stop(): Promise<void>;
}

/**
 * The project's embedded Neo4j on a free port with a wiped home of its own (.neo4j/bench-<port>),
 * stopped by `stop()` or, if this process dies first, by itself (it watches our pid). A `uri`
 * uses that server as it is instead (its data is wiped by the loader).
 */
export async function startBenchNeo4j(log: (message: string) => void, uri?: string): Promise<BenchNeo4j> {
  if (uri) {
    const driver = neo4j.driver(uri);
    await driver.verifyConnectivity();
    return { uri, driver, stop: () => driver.close() };
  }
  const port = await runtime.freePort();
  const home = join(repoRoot(), '.neo4j', `bench-${port}`);
  const started = Date.now();
  const result = await runtime.startNeo4j({ port, home, wipe: true, watchPid: process.pid, log });
  log(`Neo4j up on ${result.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s (home ${home})`);
  const driver = neo4j.driver(result.uri, undefined, { maxConnectionPoolSize: 100 });
  return {
    uri: result.uri,
    driver,
    pid: result.pid,
    stop: async () => {
      await driver.close();
      await runtime.stopNeo4j({ home, log });
      const { rmSync } = await import('node:fs');
      rmSync(home, { recursive: true, force: true });
    },
  };
}
