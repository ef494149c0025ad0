import type { TableCell } from '../../ingest-types';
import type { Span } from '../../build/relation-fact';

/**
 * Maps a range of a cell's text to the normalised text. A cell rebuilt from fragments (`parts`) is the
 * concatenation of its ranges, so the range starts in one fragment and may end in a later one; the
 * span then covers whatever lies between them, which keeps the evidence one verbatim slice of the file.
 */
export function cellSpan(cell: TableCell, from: number, to: number): Span {
  if (!cell.parts) return { start: cell.start + from, end: cell.start + to };
  return { start: partOffset(cell.parts, from, false), end: partOffset(cell.parts, to, true) };
}

/** The normalised offset of cell position `at`; an end position stays at the end of the fragment it closes. */
function partOffset(parts: readonly Span[], at: number, isEnd: boolean): number {
  let seen = 0;
  for (const part of parts) {
    const length = part.end - part.start;
    if (isEnd ? at <= seen + length : at < seen + length) return part.start + (at - seen);
    seen += length;
  }
  const last = parts[parts.length - 1];
  return last ? last.end : 0;
}
