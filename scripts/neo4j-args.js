/*
 * Command-line options shared by neo4j-start.js and neo4j-stop.js:
 *   --port N (default 7687)  --host H (default 127.0.0.1)  --home DIR (default .neo4j/dev)
 */
'use strict';

const { DEV_HOME } = require('./neo4j-runtime');

/** Parses `--name value` pairs into { port, host, home }, or throws with a usage message. */
function parseNeo4jArgs(argv) {
  const options = { port: 7687, host: '127.0.0.1', home: DEV_HOME };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${key} needs a value`);
    if (key === '--port') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
        throw new Error(`--port "${value}" is not a port number from 1 to 65535`);
      }
      options.port = Number(value);
    } else if (key === '--host') options.host = value;
    else if (key === '--home') options.home = value;
    else throw new Error(`unknown option ${key}; use --port N, --host H, --home DIR`);
  }
  return options;
}

module.exports = { parseNeo4jArgs };
