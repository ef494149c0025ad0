import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestDocuments } from '../src/ingest';
import type { GraphStore } from '../src/store/graph-store.port';
import { generateGraph } from './generate-graph';
import { loadThroughPort } from './load/load-neo4j';
import { ProgressBar } from './load/progress-bar';
import type { GraphSource } from './targets/target-spec';

/** What loading a graph source wrote, and how long it took. */
export interface SourceLoad {
  nodes: number;
  edges: number;
  seconds: number;
  method: 'ingest' | 'port' | 'unwind';
}

/** Every *.txt document of the seeds folder, sorted. */
export function seedFiles(dir: string): string[] {
  const files = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`${dir} holds no .txt documents`);
  return files.map((n) => join(dir, n));
}

/** Nodes + edges of one unit of the generator, for progress estimates. */
export const UNIT_ITEMS = 2400;

/**
 * Fills a store from a source through the port: the seed corpus with the real ingest pipeline (so
 * the time is the ingest time), a synthetic graph with one upsert per unit.
 */
export async function loadGraphSource(source: GraphSource, store: GraphStore, label: string): Promise<SourceLoad> {
  const started = Date.now();
  if (source.kind === 'seeds') {
    const files = seedFiles(source.dir);
    const bar = new ProgressBar(label, files.length * 3, 'steps');
    await ingestDocuments(files, store, {
      lexicon: join(source.dir, 'lexicon.json'),
      maxDocumentBytes: 10_000_000,
      onProgress: () => bar.tick(1),
    });
    bar.finish();
    const seconds = (Date.now() - started) / 1000;
    const counts = await store.counts();
    const sum = (record: Partial<Record<string, number>>) => Object.values(record).reduce<number>((a, b) => a + (b ?? 0), 0);
    return { nodes: sum(counts.nodes), edges: sum(counts.edges), seconds, method: 'ingest' };
  }
  const report = await loadThroughPort(store, generateGraph({ scale: source.scale, seed: source.seed }), source.scale * UNIT_ITEMS, label);
  return { nodes: report.nodes, edges: report.edges, seconds: report.seconds, method: 'port' };
}
