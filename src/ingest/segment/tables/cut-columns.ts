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

/**
 * The cheapest cut of the fragments into rows for fixed column widths (dynamic programming over
 * fragment × column); with `costOnly`, just its cost (the width search runs this thousands of times).
 */
export function cutColumns(p: PreparedFragments, widths: readonly number[], costOnly = false): ColumnFit | undefined {
  const n = p.fragments.length;
  const k = widths.length;
  const size = (n + 1) * k;
  const cost = new Float64Array(size).fill(Infinity);
  const back = new Int32Array(size).fill(-1);
  const relax = (from: number, j: number, c: number, cellCost: number) => {
    const to = j * k + ((c + 1) % k);
    if (cost[from] + cellCost < cost[to]) {
      cost[to] = cost[from] + cellCost;
      back[to] = from;
    }
  };
  cost[0] = 0;
  for (let state = 0; state < size; state++) {
    if (cost[state] === Infinity) continue;
    const i = Math.floor(state / k);
    const c = state % k;
    if (p.numbered && c === 0) {
      if (p.startsRow[i]) relax(state, i + 1, c, 0);
      continue;
    }
    relax(state, i, c, EMPTY_CELL_COST);
    if (i >= n || p.startsRow[i]) continue;
    // Grow the cell one fragment at a time; a fragment's "should reach the width" charge applies
    // once the next fragment joins the cell.
    const width = widths[c];
    let cellCost = (p.continues[i] ? BROKEN_WORD_COST : 0) + (p.prefixed[c] && p.startsLike[i] !== c ? UNLIKE_START_COST : 0);
    let open = 0;
    for (let x = i; x < Math.min(n, i + MAX_FRAGMENTS_PER_CELL); x++) {
      if (x > i) {
        // A gap or a new row inside the cell makes it and every longer one invalid.
        if (p.gapBefore[x] || p.startsRow[x]) break;
        if (p.width[x - 1] < width - WRAP_SLACK) cellCost += width - WRAP_SLACK - p.width[x - 1];
        if (p.startsLike[x] === c && !p.continues[x]) cellCost += INNER_START_COST;
      }
      if (p.width[x] > width + 0.5) cellCost += 2 * (p.width[x] - width - 0.5);
      open += p.openDelta[x];
      relax(state, x + 1, c, open > 0 ? cellCost + OPEN_BRACKET_COST : cellCost);
    }
  }
  if (n === 0 || cost[n * k] === Infinity) return undefined;
  if (costOnly) return { cost: cost[n * k], widths: widths.slice(), rows: [] };
  const cells: Fragment[][] = [];
  for (let state = n * k; state !== 0; state = back[state]) {
    cells.unshift(p.fragments.slice(Math.floor(back[state] / k), Math.floor(state / k)));
  }
  const rows: Fragment[][][] = [];
  for (let r = 0; r < cells.length; r += k) rows.push(cells.slice(r, r + k));
  return { cost: cost[n * k], widths: widths.slice(), rows };
}
