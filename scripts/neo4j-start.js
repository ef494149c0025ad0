#!/usr/bin/env node
/*
 * npm run neo4j:start [-- --port 7687 --home .neo4j/dev --host 127.0.0.1]
 * Starts the project's embedded Neo4j (building neo4j/ first if needed) as a detached JVM and waits
 * until Bolt answers. A no-op when Bolt already answers on the port. Authentication is disabled.
 * Files: <home>/data, <home>/logs/debug.log, <home>/neo4j.log (JVM output), <home>/neo4j.pid.
 */
'use strict';

const path = require('node:path');
const { parseNeo4jArgs } = require('./neo4j-args');
const { ROOT, instanceFiles, startNeo4j } = require('./neo4j-runtime');

async function main() {
  const options = parseNeo4jArgs(process.argv.slice(2));
  const started = Date.now();
  const result = await startNeo4j(options);
  if (!result.started) {
    console.log(`Neo4j already answers on ${result.uri}; nothing to do.`);
    return;
  }
  const files = instanceFiles(options.home);
  console.log(`Neo4j is up on ${result.uri} (pid ${result.pid}, ${((Date.now() - started) / 1000).toFixed(1)}s).`);
  console.log(`  log: ${path.relative(ROOT, files.log)}   data: ${path.relative(ROOT, files.data)}`);
  console.log(`  use: NEO4J_URI=${result.uri} (authentication is off; any user/password works)`);
}

main().catch((error) => {
  console.error(`neo4j:start failed: ${error.message}`);
  process.exit(1);
});
