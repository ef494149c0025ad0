#!/usr/bin/env node
/*
 * npm run neo4j:stop [-- --home .neo4j/dev]
 * Stops the Neo4j started by neo4j:start (found through <home>/neo4j.pid): SIGTERM, which closes
 * the database cleanly, then SIGKILL after 60 s. A no-op when it is not running.
 */
'use strict';

const { parseNeo4jArgs } = require('./neo4j-args');
const { stopNeo4j } = require('./neo4j-runtime');

async function main() {
  const options = parseNeo4jArgs(process.argv.slice(2));
  const result = await stopNeo4j(options);
  console.log(result.stopped ? `Neo4j (pid ${result.pid}) stopped.` : 'Neo4j is not running; nothing to do.');
}

main().catch((error) => {
  console.error(`neo4j:stop failed: ${error.message}`);
  process.exit(1);
});
