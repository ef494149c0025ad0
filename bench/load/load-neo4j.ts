import type { Driver } from 'neo4j-driver';
import type { GraphBatch, GraphEdge, GraphNode } from '../../src/graph/graph-types';
import type { GraphStore } from '../../src/store/graph-store.port';
import { edgeToRow, nodeToRow } from '../../src/store/neo4j/record-mapper';
import { fillLabel, loadBenchCypher } from '../cypher/bench-cypher';
import { ProgressBar } from './progress-bar';

/** What a load wrote and how fast. */
export interface LoadReport {
  method: 'unwind' | 'port';
  nodes: number;
  edges: number;
  seconds: number;
  nodesPerSecond: number;
  itemsPerSecond: number;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function report(method: LoadReport['method'], nodes: number, edges: number, seconds: number): LoadReport {
  return { method, nodes, edges, seconds, nodesPerSecond: nodes / seconds, itemsPerSecond: (nodes + edges) / seconds };
}

/**
 * Writes batches into a fresh Neo4j with `UNWIND … CREATE`, a transaction per chunk of rows, using
 * the adapter's own row mapping (so the data is exactly what Neo4jStore writes). The store's
 * constraint and indexes must exist already (call `Neo4jStore.init()` first): the edge writes match
 * their ends by id through the constraint. No read-before-write: the graph must be new.
 */
export async function loadWithUnwind(driver: Driver, batches: Iterable<GraphBatch>, estimate: number, label: string, chunkSize = 5000): Promise<LoadReport> {
  const cypher = loadBenchCypher('cypher');
  const bar = new ProgressBar(label, estimate, 'nodes+edges');
  const started = Date.now();
  let nodes = 0;
  let edges = 0;
  const pending: { nodes: GraphNode[]; edges: GraphEdge[] } = { nodes: [], edges: [] };
  const session = driver.session();
  const flush = async (): Promise<void> => {
    for (const [kind, group] of groupBy(pending.nodes, (n) => n.kind)) {
      const text = fillLabel(cypher['create-nodes'], 'KIND', kind);
      for (const part of chunks(group, chunkSize)) {
        await session.executeWrite((tx) => tx.run(text, { rows: part.map(nodeToRow) }));
        bar.tick(part.length);
      }
    }
    for (const [type, group] of groupBy(pending.edges, (e) => e.type)) {
      const text = fillLabel(cypher['create-edges'], 'TYPE', type);
      for (const part of chunks(group, chunkSize)) {
        await session.executeWrite((tx) => tx.run(text, { rows: part.map(edgeToRow) }));
        bar.tick(part.length);
      }
    }
    nodes += pending.nodes.length;
    edges += pending.edges.length;
    pending.nodes = [];
    pending.edges = [];
  };
  try {
    for (const batch of batches) {
      pending.nodes.push(...batch.nodes);
      pending.edges.push(...batch.edges);
      if (pending.nodes.length + pending.edges.length >= chunkSize * 4) await flush();
    }
    await flush();
  } finally {
    await session.close();
  }
  bar.finish();
  return report('unwind', nodes, edges, (Date.now() - started) / 1000);
}

/** Writes batches through the port (`upsert`, one transaction per batch), as ingest does. */
export async function loadThroughPort(store: GraphStore, batches: Iterable<GraphBatch>, estimate: number, label: string): Promise<LoadReport> {
  const bar = new ProgressBar(label, estimate, 'nodes+edges');
  const started = Date.now();
  let nodes = 0;
  let edges = 0;
  for (const batch of batches) {
    await store.upsert(batch);
    nodes += batch.nodes.length;
    edges += batch.edges.length;
    bar.tick(batch.nodes.length + batch.edges.length);
  }
  bar.finish();
  return report('port', nodes, edges, (Date.now() - started) / 1000);
}
