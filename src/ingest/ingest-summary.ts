import type { GraphBatch } from '../graph/graph-types';
import { isEntityKind } from '../graph/node-kind';
import type { RelationType } from '../graph/relation-type';

/** What a store reports for one upsert (the `GraphStore` port's result). */
export interface WriteCounts {
  nodesCreated: number;
  nodesUpdated: number;
  edgesCreated: number;
  edgesUpdated: number;
}

/** What one document contributed. */
export interface DocumentSummary extends WriteCounts {
  file: string;
  documentId: string;
  title: string;
  docNumber?: string;
  clauses: number;
  entities: number;
  relations: Partial<Record<RelationType, number>>;
  warnings: string[];
}

/** A document left out of the run, and why. */
export interface DocumentFailure {
  file: string;
  message: string;
}

/** What a whole ingest run did: per document, failures, and the distinct nodes and edges of all batches. */
export interface IngestSummary {
  documents: DocumentSummary[];
  failed: DocumentFailure[];
  totals: WriteCounts & { documents: number; clauses: number; entities: number; relations: Partial<Record<RelationType, number>> };
  elapsedMs: number;
}

/** Clause and entity counts and edges by type of batches, each id counted once. */
export function countBatches(batches: readonly GraphBatch[]): { clauses: number; entities: number; relations: Partial<Record<RelationType, number>> } {
  const nodes = new Map(batches.flatMap((b) => b.nodes.map((n) => [n.id, n] as const)));
  const edges = new Map(batches.flatMap((b) => b.edges.map((e) => [e.id, e] as const)));
  const relations: Partial<Record<RelationType, number>> = {};
  for (const e of edges.values()) relations[e.type] = (relations[e.type] ?? 0) + 1;
  const kinds = [...nodes.values()].map((n) => n.kind);
  return { clauses: kinds.filter((k) => k === 'Clause').length, entities: kinds.filter(isEntityKind).length, relations };
}

/** Sums of write counts. */
export function addCounts(a: WriteCounts, b: WriteCounts): WriteCounts {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    nodesUpdated: a.nodesUpdated + b.nodesUpdated,
    edgesCreated: a.edgesCreated + b.edgesCreated,
    edgesUpdated: a.edgesUpdated + b.edgesUpdated,
  };
}
