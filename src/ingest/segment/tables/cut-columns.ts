import type { Fragment } from './fragment';

/** A table cut into rows of cells, each cell the fragments it is made of (empty for a merged cell). */
export interface ColumnFit {
  cost: number;
  widths: number[];
  rows: Fragment[][][];
}

/** What the cutting knows besides the widths. */
export interface CutRules {
  /** Column 0 holds exactly one row-number fragment, and these fragment indices start rows. */
  rowStarts?: ReadonlySet<number>;
  /** Per fragment: true when it should continue the previous fragment's cell (a word goes on across the line break). */
  continues?: readonly boolean[];
  /** Per column, the two characters most of its cells start with (`重庆` in a column of schools), if any. */
  prefixes?: readonly (string | undefined)[];
}

const MAX_FRAGMENTS_PER_CELL = 8;
/** A cell that cannot be, though a longer one might. */
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

/** Per-fragment facts the cost function reads, computed once per fit (typed arrays: the search runs the cut thousands of times). */
export interface PreparedFragments {
  fragments: readonly Fragment[];
  width: Float64Array;
  openDelta: Int32Array;
  gapBefore: Uint8Array;
  startsRow: Uint8Array;
  continues: Uint8Array;
  /** Per fragment, the column whose common start it begins with (-1 for none). */
  startsLike: Int32Array;
  /** Per column, whether it has a common start. */
  prefixed: boolean[];
  numbered: boolean;
}

/** Computes the per-fragment facts once. */
export function prepareFragments(fragments: readonly Fragment[], rules: CutRules): PreparedFragments {
  const n = fragments.length;
  const prefixes = rules.prefixes ?? [];
  const p: PreparedFragments = {
    fragments,
    width: Float64Array.from(fragments, (f) => f.width),
    openDelta: Int32Array.from(fragments, (f) => (f.text.match(/[（(]/g)?.length ?? 0) - (f.text.match(/[）)]/g)?.length ?? 0)),
    gapBefore: Uint8Array.from(fragments, (f) => (f.gapBefore ? 1 : 0)),
    startsRow: Uint8Array.from(fragments, (_, i) => (rules.rowStarts?.has(i) ? 1 : 0)),
    continues: Uint8Array.from(fragments, (_, i) => (rules.continues?.[i] ? 1 : 0)),
    startsLike: Int32Array.from(fragments, (f) => prefixes.findIndex((prefix) => prefix !== undefined && f.text.startsWith(prefix))),
    prefixed: prefixes.map((prefix) => prefix !== undefined),
    numbered: rules.rowStarts !== undefined,
  };
  return p;
}

/** The cheapest cut of the fragments into rows for fixed column widths (dynamic programming over fragment × column). */
export function cutColumns(p: PreparedFragments, widths: readonly number[]): ColumnFit | undefined {
  const n = p.fragments.length;
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
        if (cellCost < INVALID && here + cellCost < cost[j * k + next]) {
          cost[j * k + next] = here + cellCost;
          back[j * k + next] = i * k + c;
        }
      }
    }
  }
  if (n === 0 || cost[n * k] === Infinity) return undefined;
  const cells: Fragment[][] = [];
  for (let state = n * k; state !== 0; state = back[state]) {
    cells.unshift(p.fragments.slice(Math.floor(back[state] / k), Math.floor(state / k)));
  }
  const rows: Fragment[][][] = [];
  for (let r = 0; r < cells.length; r += k) rows.push(cells.slice(r, r + k));
  return { cost: cost[n * k], widths: widths.slice(), rows };
}

/** Cost of cell `[i, j)` in a column of the given width: {@link INVALID} when this cell cannot be, Infinity when no longer one can either. */
function cellCostOf(p: PreparedFragments, i: number, j: number, column: number, width: number): number {
  if (p.numbered && column === 0) return j === i + 1 && p.startsRow[i] ? 0 : j === i ? INVALID : Infinity;
  if (j === i) return EMPTY_CELL_COST;
  // A gap or a new row inside the cell makes it and every longer one invalid.
  if (p.startsRow[i] || (j > i + 1 && (p.gapBefore[j - 1] || p.startsRow[j - 1]))) return Infinity;
  let cost = p.continues[i] ? BROKEN_WORD_COST : 0;
  if (p.prefixed[column] && p.startsLike[i] !== column) cost += UNLIKE_START_COST;
  let open = 0;
  for (let x = i; x < j; x++) {
    const w = p.width[x];
    if (w > width + 0.5) cost += 2 * (w - width - 0.5);
    if (x < j - 1 && w < width - WRAP_SLACK) cost += width - WRAP_SLACK - w;
    if (x > i && p.startsLike[x] === column && !p.continues[x]) cost += INNER_START_COST;
    open += p.openDelta[x];
  }
  return open > 0 ? cost + OPEN_BRACKET_COST : cost;
}
