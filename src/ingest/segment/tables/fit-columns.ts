import { cutColumns, prepareFragments, type ColumnFit, type CutRules, type PreparedFragments } from './cut-columns';
import type { Fragment } from './fragment';

export type { ColumnFit } from './cut-columns';

/** Options of {@link fitColumns}. */
export type FitOptions = Omit<CutRules, 'prefixes'>;

const MAX_ROUNDS = 6;
const MAX_CANDIDATES = 20;

/**
 * Reads a table whose cells were broken across lines by PDF extraction. The fragments are in
 * reading order (row by row, column by column); a cell wider than its column was wrapped, so all
 * its lines but the last reach the column width. The column widths are not known: they are
 * searched (coordinate descent over the widths seen) together with the cutting of the fragment
 * stream into rows of `columns` cells that breaks the layout rules least. Column gaps on one line
 * always separate cells; a cell never ends inside an open bracket or, if it can help it, inside a word.
 */
export function fitColumns(fragments: readonly Fragment[], columns: number, options: FitOptions = {}): ColumnFit | undefined {
  const candidates = widthCandidates(fragments);
  if (candidates.length === 0) return undefined;
  const prepared = prepareFragments(fragments, options);
  let best: ColumnFit | undefined;
  // Coordinate descent finds local optima; a few uniform starting widths make the result stable.
  // Row numbers pin the rows down, so one start is enough there.
  for (const q of options.rowStarts ? [0.5] : [0.5, 0.25, 0.75, 1]) {
    const start = candidates[Math.min(candidates.length - 1, Math.floor(q * candidates.length))];
    const fit = descend(prepared, new Array<number>(columns).fill(start), candidates);
    if (fit && (!best || fit.cost < best.cost - 1e-9)) best = fit;
    if (best?.cost === 0) break;
  }
  if (!best) return undefined;
  // Second pass: cells of one column tend to start alike (schools with `重庆`); a fragment that
  // starts like its column's cells is more likely a cell's start than the middle of one.
  const prefixes = columnPrefixes(best.rows, columns);
  if (prefixes.every((p) => p === undefined)) return best;
  return descend(prepareFragments(fragments, { ...options, prefixes }), best.widths.slice(), candidates) ?? best;
}

/** A column's common start: the first two characters shared by at least three quarters of its (two or more) cells. */
function columnPrefixes(rows: readonly Fragment[][][], columns: number): (string | undefined)[] {
  return Array.from({ length: columns }, (_, c) => {
    const counts = new Map<string, number>();
    for (const row of rows) {
      const start = row[c]?.[0]?.text.slice(0, 2);
      if (start?.length === 2) counts.set(start, (counts.get(start) ?? 0) + 1);
    }
    const [top, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    return n >= 2 && n >= 0.75 * rows.length ? top : undefined;
  });
}

/** Column widths worth trying: the fragment widths in whole columns, at most {@link MAX_CANDIDATES} of them. */
function widthCandidates(fragments: readonly Fragment[]): number[] {
  const all = [...new Set(fragments.map((f) => Math.ceil(f.width)))].sort((a, b) => a - b);
  if (all.length <= MAX_CANDIDATES) return all;
  return [...new Set(Array.from({ length: MAX_CANDIDATES }, (_, q) => all[Math.round((q * (all.length - 1)) / (MAX_CANDIDATES - 1))]))];
}

/** Changes one column width at a time while that lowers the cost; returns the cut at the widths found. */
function descend(p: PreparedFragments, widths: number[], candidates: readonly number[]): ColumnFit | undefined {
  let best = cutColumns(p, widths, true);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let improved = false;
    for (let c = 0; c < widths.length; c++) {
      for (const w of candidates) {
        if (w === widths[c]) continue;
        const trial = widths.slice();
        trial[c] = w;
        const fit = cutColumns(p, trial, true);
        if (fit && (!best || fit.cost < best.cost - 1e-9)) {
          best = fit;
          widths[c] = w;
          improved = true;
        }
      }
    }
    if (!improved || best?.cost === 0) break;
  }
  return best && cutColumns(p, best.widths);
}
