import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GraphBatch, GraphEdge, GraphNode } from '../../../../src/graph/graph-types';
import { ingestDocuments, type IngestOptions, type IngestSummary } from '../../../../src/ingest';
import { MemoryStore } from '../../../../src/store';

export const ROOT = resolve(__dirname, '../../../..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const DOCUMENTS_DIR = join(ROOT, 'test/fixtures/documents');
export const GOLD_FILE = join(ROOT, 'test/fixtures/gold/relations.json');

/** The five seed documents, in file order. */
export const SEED_FILES = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(SEEDS_DIR, f));

/** Options as the CLI passes them (config defaults). */
export const OPTIONS: IngestOptions = { lexicon: join(SEEDS_DIR, 'lexicon.json'), maxDocumentBytes: 10_000_000 };

/** A fresh embedded store with `files` ingested, and its dump. */
export async function ingestInto(files: readonly string[], options: Partial<IngestOptions> = {}): Promise<{ store: MemoryStore; summary: IngestSummary; graph: GraphBatch }> {
  const store = new MemoryStore();
  await store.init();
  const summary = await ingestDocuments(files, store, { ...OPTIONS, ...options });
  return { store, summary, graph: await store.dump() };
}

/** Lookups over a dumped graph for readable assertions. */
export function graphView(graph: GraphBatch) {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const node = (id: string): GraphNode => {
    const n = nodes.get(id);
    if (!n) throw new Error(`no node ${id}`);
    return n;
  };
  const edges = (type: string, filter: { source?: string; target?: string } = {}): GraphEdge[] =>
    graph.edges.filter((e) => e.type === type && (!filter.source || e.source === filter.source) && (!filter.target || e.target === filter.target));
  const named = (name: string, kind?: string): GraphNode[] => graph.nodes.filter((n) => (n.name === name || n.aliases.includes(name)) && (!kind || n.kind === kind));
  const policyOf = (fileEnd: string): GraphNode => {
    const found = graph.nodes.find((n) => n.kind === 'Policy' && String(n.properties.file ?? '').endsWith(fileEnd));
    if (!found) throw new Error(`no document ${fileEnd}`);
    return found;
  };
  return { nodes, node, edges, named, policyOf };
}
