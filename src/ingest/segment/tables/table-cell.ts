import type { TableCell } from '../../ingest-types';

/** A normalised range. */
export interface Range {
  start: number;
  end: number;
}

/**
 * A cell made of text ranges in reading order: its text is the ranges joined (line breaks between
 * them dropped); `parts` is kept only when that differs from the one slice the cell spans.
 */
export function cellOf(text: string, ranges: readonly Range[], inherited = false): TableCell {
  const parts: Range[] = [];
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    const last = parts[parts.length - 1];
    // Lines the normaliser rejoined are one range.
    if (last && last.end === r.start) last.end = r.end;
    else parts.push({ start: r.start, end: r.end });
  }
  const joined = parts.map((r) => text.slice(r.start, r.end)).join('');
  const cell: TableCell = { text: joined, start: parts[0].start, end: parts[parts.length - 1].end };
  if (text.slice(cell.start, cell.end) !== joined) cell.parts = parts;
  if (inherited) cell.inherited = true;
  return cell;
}

/** The first unit of a list cell (`区教委、区财政局` → `区教委`), as a cell of its own. */
export function firstListItem(text: string, cell: TableCell): TableCell | undefined {
  const m = /^[^、，,；;\s]+/.exec(cell.text);
  return m ? subCell(text, cell, 0, m[0].length) : undefined;
}

/** The cell holding characters `[from, to)` of another cell's text, following its parts. */
export function subCell(text: string, cell: TableCell, from: number, to: number): TableCell | undefined {
  const ranges: Range[] = [];
  let offset = 0;
  for (const part of cell.parts ?? [{ start: cell.start, end: cell.end }]) {
    const size = part.end - part.start;
    const s = Math.max(from, offset);
    const e = Math.min(to, offset + size);
    if (e > s) ranges.push({ start: part.start + (s - offset), end: part.start + (e - offset) });
    offset += size;
  }
  return ranges.length > 0 ? cellOf(text, ranges) : undefined;
}

/** A header name without its note: `责任单位（排在第一的为牵头单位）` → `责任单位`, and whether the note names the first unit the lead. */
export function columnKey(name: string): { key: string; firstIsLead: boolean } {
  const note = /（([^（）]*)）$/.exec(name);
  return { key: name.replace(/（[^（）]*）$/, '').trim(), firstIsLead: Boolean(note && /第一.*牵头|首.*牵头|牵头.*第一/.test(note[1])) };
}
