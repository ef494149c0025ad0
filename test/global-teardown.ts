/** Jest global teardown of the `integration` project: stops the Neo4j that global-setup.ts started, if any. */
import fs from 'node:fs';
import { instanceFiles, releaseLock, stopNeo4j } from '../scripts/neo4j-runtime';
import { startedNeo4jHome, testHomeLock } from './neo4j-env';

export default async function globalTeardown(): Promise<void> {
  const home = startedNeo4jHome.get();
  if (home === undefined) return; // NEO4J_URI was given: not ours to stop
  try {
    await stopNeo4j({ home, log: (message) => process.stderr.write(`${message}\n`) });
    // The data is throwaway (wiped at the next start); the logs stay for a look after a failure.
    fs.rmSync(instanceFiles(home).data, { recursive: true, force: true });
  } finally {
    releaseLock(testHomeLock(home));
    startedNeo4jHome.set(undefined);
  }
}
