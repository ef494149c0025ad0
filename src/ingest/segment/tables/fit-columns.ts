import type { Fragment } from './fragment';

/** A fitted table: rows of cells, each cell the fragments it is made of (empty for a merged cell). */
export interface ColumnFit {
  cost: number;
  widths: number[];
  rows: Fragment[][][];
}

/** Options of {@link fitColumns}. */
export interface FitOptions {
  /** Column 0 holds exactly one row-number fragment, and these fragment indices start rows. */
  rowStarts?: ReadonlySet<number>;
  /** Per fragment: true when it should continue the previous fragment's cell (a word goes on across the line break). */
  continues?: readonly boolean[];
}

/** Per column, the two characters most of its cells start with (`重庆` in a column of schools), if any. */
type ColumnPrefixes = readonly (string | undefined)[];

const MAX_FRAGMENTS_PER_CELL = 8;
const MAX_ROUNDS = 6;
const MAX_CANDIDATES = 20;
const INVALID = 1e9;
const EMPTY_CELL_COST = 4;
const OPEN_BRACKET_COST = 20;
/** Starting a cell where the text visibly goes on (inside a word, after `、`). */
const BROKEN_WORD_COST = 3;
/** A cell not starting like the rest of its column, or a line inside a cell that does. */
const UNLIKE_START_COST = 1;
const INNER_START_COST = 2;
/** A line of a wrapped cell (not its last) stops at most this far short of the column width. */
const WRAP_SLACK = 1.5;

/**
 * Reads a table whose cells were broken across lines by PDF extraction. The fragments are in
 * reading order (row by row, column by column); a cell wider than its column was wrapped, so all
 * its lines but the last reach the column width. The column widths are not known: they are
 * searched (coordinate descent over the widths seen) together with the cutting of the fragment
 * stream into rows of `columns` cells that violates the width rule least. Column gaps on one line
 * always separate cells; a cell never ends inside an open bracket.
 */
export function fitColumns(fragments: readonly Fragment[], columns: number, options: FitOptions = {}): ColumnFit | undefined {
  const candidates = widthCandidates(fragments);
  if (candidates.length === 0) return undefined;
  let best: ColumnFit | undefined;
  // Coordinate descent finds local optima; a few uniform starting widths make the result stable.
  for (const q of [0.5, 0.25, 0.75, 1]) {
    const start = candidates[Math.min(candidates.length - 1, Math.floor(q * candidates.length))];
    const fit = descend(fragments, new Array<number>(columns).fill(start), candidates, prepare(fragments, options));
    if (fit && (!best || fit.cost < best.cost - 1e-9)) best = fit;
    if (best?.cost === 0) break;
  }
  if (!best) return undefined;
  // Second pass: cells of one column tend to start alike; a fragment that starts like its column's
  // cells is more likely the start of a cell than the middle of one.
  const prefixes = columnPrefixes(best.rows, columns);
  if (prefixes.every((p) => p === undefined)) return best;
  return descend(fragments, best.widths.slice(), candidates, prepare(fragments, options, prefixes)) ?? best;
}

/** A column's common start: the first two characters shared by at least three quarters of its (two or more) cells. */
function columnPrefixes(rows: readonly Fragment[][][], columns: number): (string | undefined)[] {
  return Array.from({ length: columns }, (_, c) => {
    const starts = rows.map((r) => r[c]?.[0]?.text.slice(0, 2)).filter((t): t is string => (t?.length ?? 0) === 2);
    const counts = new Map<string, number>();
    for (const t of starts) counts.set(t, (counts.get(t) ?? 0) + 1);
    const [top, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    return n >= 2 && n >= 0.75 * rows.length ? top : undefined;
  });
}

/** Column widths worth trying: the fragment widths, whole columns, at most {@link MAX_CANDIDATES} of them. */
function widthCandidates(fragments: readonly Fragment[]): number[] {
  const all = [...new Set(fragments.map((f) => Math.ceil(f.width)))].sort((a, b) => a - b);
  if (all.length <= MAX_CANDIDATES) return all;
  return [...new Set(Array.from({ length: MAX_CANDIDATES }, (_, q) => all[Math.round((q * (all.length - 1)) / (MAX_CANDIDATES - 1))]))];
}

function descend(fragments: readonly Fragment[], widths: number[], candidates: readonly number[], p: Prepared): ColumnFit | undefined {
  let best = cut(fragments, widths, p);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let improved = false;
    for (let c = 0; c < widths.length; c++) {
      for (const w of candidates) {
        if (w === widths[c]) continue;
        const trial = widths.slice();
        trial[c] = w;
        const fit = cut(fragments, trial, p);
        if (fit && (!best || fit.cost < best.cost - 1e-9)) {
          best = fit;
          widths[c] = w;
          improved = true;
        }
      }
    }
    if (!improved || best?.cost === 0) break;
  }
  return best;
}

/** Per-fragment facts the cost function reads, computed once per fit. */
interface Prepared {
  width: Float64Array;
  openDelta: Int32Array;
  gapBefore: Uint8Array;
  startsRow: Uint8Array;
  continues: Uint8Array;
  /** Per fragment, the column whose common start it begins with (-1 for none). */
  startsLike: Int32Array;
  hasPrefixes?: boolean;
  prefixes?: ColumnPrefixes;
  numbered: boolean;
}

function prepare(fragments: readonly Fragment[], options: FitOptions, prefixes: ColumnPrefixes = []): Prepared {
  const n = fragments.length;
  const p: Prepared = {
    width: new Float64Array(n),
    openDelta: new Int32Array(n),
    gapBefore: new Uint8Array(n),
    startsRow: new Uint8Array(n),
    continues: new Uint8Array(n),
    startsLike: new Int32Array(n).fill(-1),
    numbered: options.rowStarts !== undefined,
  };
  fragments.forEach((f, i) => {
    p.width[i] = f.width;
    p.openDelta[i] = (f.text.match(/[（(]/g)?.length ?? 0) - (f.text.match(/[）)]/g)?.length ?? 0);
    p.gapBefore[i] = f.gapBefore ? 1 : 0;
    p.startsRow[i] = options.rowStarts?.has(i) ? 1 : 0;
    p.continues[i] = options.continues?.[i] ? 1 : 0;
    p.startsLike[i] = prefixes.findIndex((prefix) => prefix !== undefined && f.text.startsWith(prefix));
  });
  p.hasPrefixes = prefixes.some((prefix) => prefix !== undefined);
  p.prefixes = prefixes;
  return p;
}

/** The cheapest cut of the fragments into rows for fixed column widths (dynamic programming). */
function cut(fragments: readonly Fragment[], widths: readonly number[], p: Prepared): ColumnFit | undefined {
  const n = fragments.length;
  const k = widths.length;
  const cost = new Float64Array((n + 1) * k).fill(Infinity);
  const back = new Int32Array((n + 1) * k).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let c = 0; c < k; c++) {
      const here = cost[i * k + c];
      if (here === Infinity) continue;
      const next = (c + 1) % k;
      for (let j = i; j <= Math.min(n, i + MAX_FRAGMENTS_PER_CELL); j++) {
        const cellCost = cellCostOf(p, i, j, c, widths[c]);
        if (cellCost === Infinity) break;
        if (cellCost >= INVALID) continue;
        if (here + cellCost < cost[j * k + next]) {
          cost[j * k + next] = here + cellCost;
          back[j * k + next] = i * k + c;
        }
      }
    }
  }
  if (n === 0 || cost[n * k] === Infinity) return undefined;
  const cells: Fragment[][] = [];
  for (let state = n * k; state !== 0; ) {
    const from = back[state];
    cells.unshift(fragments.slice(Math.floor(from / k), Math.floor(state / k)));
    state = from;
  }
  const rows: Fragment[][][] = [];
  for (let r = 0; r < cells.length; r += k) rows.push(cells.slice(r, r + k));
  return { cost: cost[n * k], widths: widths.slice(), rows };
}

/**
 * Cost of cell `[i, j)` in a column of the given width: {@link INVALID} when this cell cannot be,
 * Infinity when no longer one can be either.
 */
function cellCostOf(p: Prepared, i: number, j: number, column: number, width: number): number {
  if (p.numbered && column === 0) return j === i + 1 && p.startsRow[i] ? 0 : j === i ? INVALID : Infinity;
  if (j === i) return EMPTY_CELL_COST;
  // A gap or a new row inside the cell makes it and every longer one invalid.
  if (j > i + 1 && (p.gapBefore[j - 1] || p.startsRow[j - 1])) return Infinity;
  if (p.startsRow[i]) return Infinity;
  let cost = p.continues[i] ? BROKEN_WORD_COST : 0;
  if (p.hasPrefixes && p.prefixes?.[column] !== undefined && p.startsLike[i] !== column) cost += UNLIKE_START_COST;
  let open = 0;
  for (let x = i; x < j; x++) {
    const w = p.width[x];
    if (x > i && p.hasPrefixes && p.startsLike[x] === column && !p.continues[x]) cost += INNER_START_COST;
    if (w > width + 0.5) cost += 2 * (w - width - 0.5);
    if (x < j - 1 && w < width - WRAP_SLACK) cost += width - WRAP_SLACK - w;
    open += p.openDelta[x];
  }
  return open > 0 ? cost + OPEN_BRACKET_COST : cost;
}
