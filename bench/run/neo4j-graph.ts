import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { GraphBatch } from '../../src/graph/graph-types';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-graph-store';
import { generateGraph, generateUnit, sharedBatch } from '../generate-graph';
import { loadGraphSource, UNIT_ITEMS } from '../graph-source';
import { loadBenchCypher } from '../cypher/bench-cypher';
import { loadWithUnwind } from '../load/load-neo4j';
import type { LoadRecord } from './bench-results';

/** Memory of a process from /proc, MB (Linux); undefined elsewhere or when it is gone. */
export function processRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Empties the database in batches (see bench/cypher/delete-all.cypher). */
export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(loadBenchCypher('cypher')['delete-all']);
  } finally {
    await session.close();
  }
}

const record = (what: string, method: LoadRecord['method'], nodes: number, edges: number, seconds: number): LoadRecord => ({
  what, method, nodes, edges, seconds, nodesPerSecond: nodes / seconds, itemsPerSecond: (nodes + edges) / seconds,
});

/**
 * Empties the database and ingests the seed corpus through the real pipeline and the port, twice:
 * the first run meets a JVM that has run nothing yet, the second a warm one. Returns both loads
 * and the graph as stored.
 */
export async function ingestSeeds(driver: Driver, seedsDir: string): Promise<{ loads: LoadRecord[]; graph: GraphBatch }> {
  const store = new Neo4jStore(driver);
  await store.init();
  const loads: LoadRecord[] = [];
  for (const when of ['first ingest after the server started', 'again into an empty database']) {
    await emptyDatabase(driver);
    const load = await loadGraphSource({ kind: 'seeds', dir: seedsDir }, store, 'neo4j ingest seeds');
    loads.push(record(`seed corpus, ingest pipeline → Neo4jStore (${when})`, 'ingest', load.nodes, load.edges, load.seconds));
  }
  return { loads, graph: await store.dump() };
}

/** The first unit of the synthetic graph with the shared hubs: where the mix's subjects come from at every scale. */
export function firstUnit(seed: number): GraphBatch {
  const unit = generateUnit(0, { seed }, []);
  const shared = sharedBatch();
  return { nodes: [...shared.nodes, ...unit.nodes], edges: [...shared.edges, ...unit.edges] };
}

/**
 * Grows the synthetic graph in Neo4j from `from` units to `to`. From 0 it empties the database and
 * writes the first unit through the port, as ingest writes; every other unit goes in with UNWIND
 * batches, since the port reads before it writes and that read grows with the graph.
 */
export async function growSynthetic(driver: Driver, from: number, to: number, seed: number): Promise<LoadRecord[]> {
  const loads: LoadRecord[] = [];
  if (from === 0) {
    const store = new Neo4jStore(driver);
    await store.init();
    await emptyDatabase(driver);
    const load = await loadGraphSource({ kind: 'synthetic', scale: 1, seed }, store, 'neo4j port 1x');
    loads.push(record('synthetic 1× (port: one upsert per unit, as ingest writes)', 'port', load.nodes, load.edges, load.seconds));
    from = 1;
  }
  if (to > from) {
    const load = await loadWithUnwind(driver, generateGraph({ scale: to, seed, from }), (to - from) * UNIT_ITEMS, `neo4j unwind ${from}x→${to}x`);
    loads.push(record(`synthetic ${from}× → ${to}× (UNWIND batches)`, 'unwind', load.nodes, load.edges, load.seconds));
  }
  return loads;
}

/** Seconds for one port upsert that rewrites unit 0 as it is (changes nothing; pays the write path's reads). */
export async function timePortRewrite(driver: Driver, seed: number): Promise<number> {
  const store = new Neo4jStore(driver);
  const unit = generateUnit(0, { seed }, []);
  const started = Date.now();
  await store.upsert(unit);
  return (Date.now() - started) / 1000;
}
