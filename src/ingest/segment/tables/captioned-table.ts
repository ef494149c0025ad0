import type { NormalisedLine, TableCell, TableRow } from '../../ingest-types';
import { isBlockStart } from '../../normalise/line-shape';
import { readLayoutTable } from './layout-header';
import { cellOf } from './table-cell';

/** A table caption: `表 3-1 2024年…名单`. */
const CAPTION = /^表 ?(\d{1,2}(?: ?[-.] ?\d{1,2})?)(?: (.*))?$/;
/** Most lines a captioned table may run over. */
const MAX_TABLE_LINES = 600;

/** The rows of a captioned table and the lines it occupies (caption included). */
export interface CaptionedTable {
  rows: TableRow[];
  fromLine: number;
  toLine: number;
}

/**
 * Reads the table captioned at line `at` (`表 3-1 …`). The table runs until a line that starts a
 * block (heading, case, caption) or holds a `。` (running text again). Cells keep the header's
 * column names; an empty cell under a merged cell takes the merged cell's value, marked `inherited`.
 */
export function parseCaptionedTable(text: string, lines: readonly NormalisedLine[], at: number): CaptionedTable | undefined {
  const caption = CAPTION.exec(text.slice(lines[at].start, lines[at].end));
  if (!caption) return undefined;
  const name = `表 ${caption[1].replace(/ /g, '')}`;
  let end = at + 1;
  while (end < lines.length && end - at < MAX_TABLE_LINES) {
    const t = text.slice(lines[end].start, lines[end].end);
    if (t.includes('。') || (isBlockStart(t) && !/^\d{1,3}(?: |$)/.test(t))) break;
    end++;
  }
  const layout = readLayoutTable(text, lines, at + 1, end);
  if (!layout) return undefined;
  const rows: TableRow[] = [];
  const above: (TableCell | undefined)[] = [];
  for (const row of layout.fit.rows) {
    const cells: Record<string, TableCell> = {};
    row.forEach((fragments, c) => {
      const key = layout.names[c];
      if (fragments.length > 0) above[c] = cells[key] = cellOf(text, fragments);
      else if (above[c] && layout.numbered) cells[key] = { ...(above[c] as TableCell), inherited: true };
    });
    const all = row.flat();
    if (all.length === 0) continue;
    rows.push({ table: name, cells, start: Math.min(...all.map((f) => f.start)), end: Math.max(...all.map((f) => f.end)) });
  }
  return rows.length > 0 ? { rows, fromLine: at, toLine: end } : undefined;
}
