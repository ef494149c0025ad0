import { createServer } from 'node:http';
import neo4j, { isInt } from 'neo4j-driver';
import { luceneQueryFor } from '../../src/store/neo4j/lucene-query';
import { parseSearchQuery } from '../../src/store/search-ranking';
import { loadBenchCypher } from '../cypher/bench-cypher';
import { countingDriver } from './counting-driver';
import { readJson, sendJson } from './read-json';
import { listenOnLoopback, type RunningTarget } from './running-target';
import type { CallCounts } from './target-spec';

type Params = Record<string, unknown>;

/** Each raw operation's statement parameters from the request's (whole numbers become Neo4j integers). */
const PARAMS: Record<string, (p: Params) => Params> = {
  'entity-by-name': (p) => ({ name: String(p.name), key: String(p.name).toLowerCase() }),
  relations: (p) => ({ id: p.id, first: neo4j.int(Number(p.first)) }),
  nested: (p) => ({ id: p.id, first: neo4j.int(Number(p.first)) }),
  neighbourhood: (p) => ({ id: p.id, maxNodes: neo4j.int(Number(p.maxNodes)) }),
  paths: (p) => ({ from: p.from, to: p.to, first: neo4j.int(Number(p.first)) }),
  search: (p) => {
    const terms = parseSearchQuery(String(p.query));
    return { query: luceneQueryFor(terms), terms, first: neo4j.int(Number(p.first)) };
  },
  document: (p) => ({ id: p.id, first: neo4j.int(Number(p.first)) }),
};

/** Driver values as plain JSON values (Neo4j integers as numbers). */
function plain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/**
 * Raw Cypher with no GraphQL: POST /raw {op, params} runs one hand-written statement
 * (bench/raw-cypher/<op>.cypher) in one read transaction and answers its `result` rows as JSON.
 * The floor of what any GraphQL layer over this database can cost.
 */
export async function startRawCypher(uri: string, counts: CallCounts): Promise<RunningTarget> {
  const cypher = loadBenchCypher('raw-cypher');
  const driver = countingDriver(neo4j.driver(uri, undefined, { maxConnectionPoolSize: 100 }), counts);
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const { op, params } = (await readJson(req)) as { op: string; params: Params };
        const toParams = PARAMS[op];
        if (!toParams || !cypher[op]) return sendJson(res, 400, { error: `unknown op ${op}` });
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          // Auto-commit, as vetgraph's Neo4jStore runs a single statement: one round trip.
          const result = await session.run(cypher[op], toParams(params));
          sendJson(res, 200, { data: result.records.map((r) => plain(r.get('result'))) });
        } finally {
          await session.close();
        }
      } catch (error) {
        sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
  return listenOnLoopback(server, async () => {
    await driver.close();
  });
}
