/**
 * Jest global set-up of the `integration` project: gives the tests a real Neo4j.
 * When NEO4J_URI is set, that server is used as it is. Otherwise the project's embedded Neo4j
 * (neo4j/, built by Maven on first use) starts on 127.0.0.1:7688 — or on a free port when 7688
 * is taken, e.g. by another test run — with a wiped home in .neo4j/test-<port>/, and
 * NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD are set for the test workers. VETGRAPH_TEST_NEO4J_PORT
 * picks the port instead. The server watches this process, so a killed run leaves no JVM behind.
 */
import path from 'node:path';
import { ROOT, freePort, probeBolt, startNeo4j } from '../scripts/neo4j-runtime';
import { startedNeo4jHome } from './neo4j-env';

const PREFERRED_PORT = 7688;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function choosePort(): Promise<number> {
  const wanted = process.env.VETGRAPH_TEST_NEO4J_PORT?.trim();
  if (wanted) {
    if (!/^\d+$/.test(wanted) || Number(wanted) < 1 || Number(wanted) > 65535) {
      throw new Error(`VETGRAPH_TEST_NEO4J_PORT="${wanted}" is not a port number from 1 to 65535`);
    }
    return Number(wanted);
  }
  // Never share a server with another run: its teardown would stop it under our feet.
  return (await probeBolt('127.0.0.1', PREFERRED_PORT)) === 'closed' ? PREFERRED_PORT : freePort();
}

/** Starts Neo4j for the integration tests unless NEO4J_URI names one already. */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI?.trim()) {
    log(`\nintegration tests use NEO4J_URI=${process.env.NEO4J_URI}`);
    return;
  }
  const port = await choosePort();
  const home = path.join(ROOT, '.neo4j', `test-${port}`);
  const begun = Date.now();
  log(`\nstarting the embedded Neo4j for the integration tests on port ${port} (${path.relative(ROOT, home)})`);
  const result = await startNeo4j({ port, home, wipe: true, watchPid: process.pid, log });
  if (!result.started) throw new Error(`port ${port} already has a Neo4j; set NEO4J_URI to use it or pick another port`);
  log(`Neo4j up on ${result.uri} in ${((Date.now() - begun) / 1000).toFixed(1)}s`);
  startedNeo4jHome.set(home);
  process.env.NEO4J_URI = result.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = ''; // authentication is disabled in the embedded server
}
