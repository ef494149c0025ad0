import type { GraphBatch } from '../../graph/graph-types';
import type { RelationType } from '../../graph/relation-type';
import type { GoldRelation } from './gold-types';
import { indexGraph, type GraphIndex } from './graph-index';
import { relationMatches, type PredictedRelation } from './match-gold';

/** Counts behind one precision/recall figure. */
export interface Score {
  gold: number;
  predicted: number;
  /** Gold relations the graph states. */
  found: number;
  /** Predicted relations the gold has. */
  correct: number;
}

/** One row of the report: a relation type within table-derived or free-text relations. */
export interface ScoreRow extends Score {
  from: 'table' | 'text';
  type: RelationType;
  /** True when the gold annotates no relation of this type and origin, so precision cannot be measured. */
  unannotated: boolean;
}

export interface EvalReport {
  rows: ScoreRow[];
  /** Sums over the annotated rows, per origin and for all. */
  totals: Record<'table' | 'text' | 'all', Score>;
  /** Gold relations not found, for reading. */
  missed: GoldRelation[];
  /** Predicted relations the gold does not have (in annotated rows). */
  extra: PredictedRelation[];
  /** Gold relations left out of scoring (collective units). */
  excluded: number;
}

/** Relations the gold does not annotate: the clause tree and mentions. */
const UNSCORED = new Set<RelationType>(['MENTIONS', 'CONTAINS']);

/**
 * The relations a graph states, one per edge and document it has evidence from. A clause's CITES
 * repeats its document's, so only document-level citations count.
 */
export function predictedRelations(graph: GraphBatch, index: GraphIndex, documents: ReadonlySet<string>): PredictedRelation[] {
  const out: PredictedRelation[] = [];
  for (const edge of graph.edges) {
    if (UNSCORED.has(edge.type)) continue;
    if (edge.type === 'CITES' && index.node(edge.source)?.kind === 'Clause') continue;
    const byDocument = new Map<string, boolean>();
    for (const e of edge.evidence) {
      const file = index.fileOf(e.document);
      if (!file || !documents.has(file)) continue;
      byDocument.set(file, (byDocument.get(file) ?? false) || (e.extractor ?? '').startsWith('table-'));
    }
    for (const [document, table] of byDocument) {
      out.push({ edgeId: edge.id, type: edge.type, source: edge.source, target: edge.target, document, from: table ? 'table' : 'text' });
    }
  }
  return out;
}

const empty = (): Score => ({ gold: 0, predicted: 0, found: 0, correct: 0 });

function add(a: Score, b: Score): void {
  a.gold += b.gold;
  a.predicted += b.predicted;
  a.found += b.found;
  a.correct += b.correct;
}

/**
 * Compares a graph with the gold annotation: per relation type, split into table-derived and
 * free-text relations, how many gold relations the graph states (recall) and how many of the
 * graph's relations the gold has (precision). Collective units the gold flags are left out.
 */
export function evaluateGraph(graph: GraphBatch, gold: readonly GoldRelation[]): EvalReport {
  const index = indexGraph(graph);
  const scored = gold.filter((g) => !g.collective);
  const predicted = predictedRelations(graph, index, new Set(gold.map((g) => g.document)));
  const rows = new Map<string, ScoreRow>();
  const row = (from: 'table' | 'text', type: RelationType) => {
    const key = `${from}|${type}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { from, type, ...empty(), unannotated: false }));
    return r;
  };
  const missed: GoldRelation[] = [];
  const matchedPredicted = new Set<PredictedRelation>();
  for (const g of scored) {
    const hits = predicted.filter((p) => relationMatches(index, g, p));
    hits.forEach((p) => matchedPredicted.add(p));
    const r = row(g.from, g.type);
    r.gold++;
    if (hits.length > 0) r.found++;
    else missed.push(g);
  }
  for (const p of predicted) {
    const r = row(p.from, p.type);
    r.predicted++;
    if (matchedPredicted.has(p)) r.correct++;
  }
  const totals = { table: empty(), text: empty(), all: empty() };
  for (const r of rows.values()) {
    r.unannotated = r.gold === 0;
    if (r.unannotated) continue;
    add(totals[r.from], r);
    add(totals.all, r);
  }
  const annotated = (p: PredictedRelation) => !rows.get(`${p.from}|${p.type}`)?.unannotated;
  const extra = predicted.filter((p) => !matchedPredicted.has(p) && annotated(p));
  const order = (r: ScoreRow) => `${r.from}|${r.type}`;
  return { rows: [...rows.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1)), totals, missed, extra, excluded: gold.length - scored.length };
}
