import type { NormalisedLine } from '../../ingest-types';
import { fitColumns, type ColumnFit } from './fit-columns';
import { fragmentLines, type Fragment } from './fragment';
import { findWordJunctions } from './word-junctions';

/** Most lines a wrapped header may take, and most columns a table may have. */
const MAX_HEADER_LINES = 12;
const MAX_COLUMNS = 10;

/** A table layout read off its lines: column names, the data fragments and their fit into rows. */
export interface LayoutTable {
  names: string[];
  /** Lines `[from, dataFrom)` are the header. */
  dataFrom: number;
  fragments: Fragment[];
  fit: ColumnFit;
  numbered: boolean;
}

/**
 * Reads the header and rows of a table set in lines. A header printed on one line starting with
 * `序号` gives the columns directly, and rows start at the row numbers 1, 2, 3…. Otherwise the header
 * is wrapped over several lines, and how many lines it takes is found by trying each count: the
 * header fragments are joined into names (a fragment continues a name ending in `与`/`和`/`及`/`的`,
 * or is a one- or two-character tail of a long one), and the data are fitted to that many
 * columns; the count whose fit breaks the fewest layout rules wins.
 */
export function readLayoutTable(text: string, lines: readonly NormalisedLine[], from: number, to: number): LayoutTable | undefined {
  const first = fragmentLines(text, lines, from, from + 1);
  if (first.length >= 2 && first[0].text === '序号') return numberedTable(text, lines, from, to, first);
  const all = fragmentLines(text, lines, from, to);
  const continuesAll = findWordJunctions(all);
  let best: { h: number; names: string[]; score: number } | undefined;
  for (let h = 1; h <= Math.min(MAX_HEADER_LINES, to - from - 2); h++) {
    const names = headerNames(all.filter((f) => f.lineIndex < from + h));
    const skip = all.findIndex((f) => f.lineIndex >= from + h);
    const fragments = all.slice(skip);
    if (names.length > MAX_COLUMNS) break;
    if (skip < 0 || names.length < 2 || fragments.length < names.length * 2) continue;
    const continues = continuesAll.slice(skip).map((c, i) => c && i > 0);
    const fit = fitColumns(fragments, names.length, { continues });
    if (!fit || fit.rows.length < 2) continue;
    const score = fit.cost / fragments.length;
    if (!best || score < best.score - 1e-9) best = { h, names, score };
  }
  if (!best) return undefined;
  const fragments = all.filter((f) => f.lineIndex >= from + best.h);
  const fit = fitColumns(fragments, best.names.length, { continues: findWordJunctions(fragments) });
  return fit && { names: best.names, dataFrom: from + best.h, fragments, fit, numbered: false };
}

function numberedTable(text: string, lines: readonly NormalisedLine[], from: number, to: number, header: Fragment[]): LayoutTable | undefined {
  const headerText = text.slice(lines[from].start, lines[from].end);
  const fragments: Fragment[] = [];
  const rowStarts = new Set<number>();
  let expected = 1;
  for (let li = from + 1; li < to; li++) {
    const line = lines[li];
    if (text.slice(line.start, line.end) === headerText) continue; // the header repeated on a new page
    const pieces = fragmentLines(text, lines, li, li + 1);
    const number = String(expected);
    const head = pieces[0];
    if (head && head.text.startsWith(number) && !/^\d/.test(head.text.slice(number.length))) {
      if (head.text.length > number.length) pieces.splice(0, 1, ...splitAt(head, number.length));
      rowStarts.add(fragments.length);
      expected++;
    }
    fragments.push(...pieces);
  }
  if (rowStarts.size === 0) return undefined;
  const fit = fitColumns(fragments, header.length, { rowStarts, continues: findWordJunctions(fragments) });
  return fit && { names: header.map((f) => f.text), dataFrom: from + 1, fragments, fit, numbered: true };
}

/** A row number glued to its first cell (`22人工智能…`): two fragments, as if a gap were there. */
function splitAt(f: Fragment, at: number): Fragment[] {
  const left = { ...f, text: f.text.slice(0, at), end: f.start + at, width: at / 2 };
  const right = { ...f, text: f.text.slice(at), start: f.start + at, width: f.width - at / 2, gapBefore: true };
  return [left, right];
}

/** Joins wrapped header fragments into column names. */
function headerNames(fragments: readonly Fragment[]): string[] {
  const names: string[] = [];
  fragments.forEach((f, i) => {
    const prev = fragments[i - 1];
    const continues = prev && !f.gapBefore && (/[与和及的、]$/.test(prev.text) || (f.width <= 2 && prev.width >= 5));
    if (continues) names[names.length - 1] += f.text;
    else names.push(f.text);
  });
  return names;
}
