import type { IngestSummary } from '../ingest';
import type { RelationType } from '../graph/relation-type';
import { RELATION_TYPE_NAMES } from '../graph/relation-type';

const pad = (value: string | number, width: number) => String(value).padStart(width);

/** The summary of an ingest run as text tables: one line per document, then relations by type and totals. */
export function formatIngestReport(summary: IngestSummary): string {
  const out: string[] = [];
  out.push(`${'document'.padEnd(34)} ${pad('clauses', 7)} ${pad('entities', 8)} ${pad('relations', 9)} ${pad('created', 8)} ${pad('updated', 8)}`);
  for (const d of summary.documents) {
    const relations = Object.values(d.relations).reduce((a, b) => a + (b ?? 0), 0);
    const name = (d.file.split(/[\\/]/).pop() ?? d.file).slice(0, 34);
    out.push(`${name.padEnd(34)} ${pad(d.clauses, 7)} ${pad(d.entities, 8)} ${pad(relations, 9)} ${pad(d.nodesCreated + d.edgesCreated, 8)} ${pad(d.nodesUpdated + d.edgesUpdated, 8)}`);
  }
  const t = summary.totals;
  out.push('');
  out.push(`${'relation'.padEnd(16)} ${pad('edges', 6)}`);
  for (const type of RELATION_TYPE_NAMES) {
    const n = t.relations[type as RelationType];
    if (n) out.push(`${type.padEnd(16)} ${pad(n, 6)}`);
  }
  out.push('');
  out.push(`documents ${t.documents}, clauses ${t.clauses}, entities ${t.entities}, edges ${Object.values(t.relations).reduce((a, b) => a + (b ?? 0), 0)}`);
  out.push(`written: ${t.nodesCreated} nodes and ${t.edgesCreated} edges created, ${t.nodesUpdated} nodes and ${t.edgesUpdated} edges updated, in ${(summary.elapsedMs / 1000).toFixed(2)} s`);
  for (const d of summary.documents) for (const w of d.warnings) out.push(`warning: ${w}`);
  for (const f of summary.failed) out.push(`skipped: ${f.message}`);
  return out.join('\n') + '\n';
}
