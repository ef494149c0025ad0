/**
 * Jest global set-up of the `integration` project: gives the tests a real Neo4j.
 * When NEO4J_URI is set, that server is used as it is. Otherwise the project's embedded Neo4j
 * (neo4j/, built by Maven on first use) starts on 127.0.0.1:7688, or on a free port when 7688 is
 * taken (say by another test run), with a wiped home in .neo4j/test-<port>/ whose logs stay until
 * a later run; NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD are then set for the test workers.
 * VETGRAPH_TEST_NEO4J_PORT picks the port instead. The server watches this process, so a killed
 * run leaves no JVM behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, freePort, probeBolt, releaseLock, startNeo4j, tryLock } from '../scripts/neo4j-runtime';
import { startedNeo4jHome, testHomeLock } from './neo4j-env';

const PREFERRED_PORT = 7688;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function wantedPort(): number | undefined {
  const wanted = process.env.VETGRAPH_TEST_NEO4J_PORT?.trim();
  if (!wanted) return undefined;
  if (!/^\d+$/.test(wanted) || Number(wanted) < 1 || Number(wanted) > 65535) {
    throw new Error(`VETGRAPH_TEST_NEO4J_PORT="${wanted}" is not a port number from 1 to 65535`);
  }
  return Number(wanted);
}

/**
 * A port and its home, claimed for this run. Never shares a server with another run (its teardown
 * would stop it under our feet): the claim is a lock file in the home, held until teardown.
 */
async function claimPort(): Promise<{ port: number; home: string }> {
  const wanted = wantedPort();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const port = attempt === 0 ? (wanted ?? PREFERRED_PORT) : await freePort();
    const home = path.join(ROOT, '.neo4j', `test-${port}`);
    if (tryLock(testHomeLock(home))) {
      if ((await probeBolt('127.0.0.1', port)) === 'closed') return { port, home };
      releaseLock(testHomeLock(home));
    }
    if (wanted !== undefined) throw new Error(`VETGRAPH_TEST_NEO4J_PORT=${wanted} is in use by another run or server`);
  }
  throw new Error('found no free port for the test Neo4j in 20 tries');
}

/** Deletes the homes of earlier runs on one-off ports (their logs were kept for a look until now). */
function pruneOldHomes(own: string): void {
  const parent = path.join(ROOT, '.neo4j');
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    const home = path.join(parent, name);
    if (!/^test-\d+$/.test(name) || name === `test-${PREFERRED_PORT}` || home === own) continue;
    if (tryLock(testHomeLock(home))) fs.rmSync(home, { recursive: true, force: true });
  }
}

/** Starts Neo4j for the integration tests unless NEO4J_URI names one already. */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI?.trim()) {
    log(`\nintegration tests use NEO4J_URI=${process.env.NEO4J_URI}`);
    return;
  }
  const { port, home } = await claimPort();
  pruneOldHomes(home);
  const begun = Date.now();
  log(`\nstarting the embedded Neo4j for the integration tests on port ${port} (${path.relative(ROOT, home)})`);
  try {
    const result = await startNeo4j({ port, home, wipe: true, watchPid: process.pid, log });
    if (!result.started) throw new Error(`port ${port} answered Bolt before our server started; rerun the tests`);
    log(`Neo4j up on ${result.uri} in ${((Date.now() - begun) / 1000).toFixed(1)}s`);
    startedNeo4jHome.set(home);
    process.env.NEO4J_URI = result.uri;
    process.env.NEO4J_USER = 'neo4j';
    process.env.NEO4J_PASSWORD = ''; // authentication is disabled in the embedded server
  } catch (error) {
    releaseLock(testHomeLock(home));
    throw error;
  }
}
