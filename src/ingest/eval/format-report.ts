import type { EvalReport, Score } from './evaluate-graph';

/** Precision, recall and F1 of a score as fixed-width text; `-` where there is nothing to divide by. */
function figures(s: Score, unannotated = false): string {
  const p = s.predicted === 0 || unannotated ? undefined : s.correct / s.predicted;
  const r = s.gold === 0 ? undefined : s.found / s.gold;
  const f1 = p !== undefined && r !== undefined && p + r > 0 ? (2 * p * r) / (p + r) : undefined;
  const show = (x: number | undefined) => (x === undefined ? '   -' : x.toFixed(2).padStart(4));
  return `${show(p)}  ${show(r)}  ${show(f1)}`;
}

/** The report as a plain-text table: one line per origin and relation type, then totals. */
export function formatReport(report: EvalReport): string {
  const head = `${'origin'.padEnd(6)}  ${'relation'.padEnd(16)}  ${'gold'.padStart(5)}  ${'pred'.padStart(5)}  ${'hit'.padStart(5)}     P     R    F1`;
  const line = (from: string, type: string, s: Score, unannotated = false) =>
    `${from.padEnd(6)}  ${type.padEnd(16)}  ${String(s.gold).padStart(5)}  ${String(s.predicted).padStart(5)}  ${String(s.found).padStart(5)}  ${figures(s, unannotated)}${unannotated ? '  (not annotated in the gold; not in totals)' : ''}`;
  const out = [head, '-'.repeat(head.length)];
  for (const r of report.rows) out.push(line(r.from, r.type, r, r.unannotated));
  out.push('-'.repeat(head.length));
  out.push(line('table', 'all', report.totals.table));
  out.push(line('text', 'all', report.totals.text));
  out.push(line('all', 'all', report.totals.all));
  out.push(`gold = annotated relations, pred = relations the graph states (per document), hit = gold relations found.`);
  out.push(`${report.excluded} gold relations to collective units (各街镇, 有关行业组织 …) are left out.`);
  return out.join('\n');
}
