import type { ClauseSegment } from '../../ingest-types';
import type { Range } from '../tables/table-cell';
import type { ClauseDraft } from './clause-draft';

/**
 * Puts clauses in reading order and fixes their own text. A clause reaches until the next clause
 * that is not one of its descendants, or the next boundary (an annex, the signature block), or its
 * maker's fixed end (a case block ends at its last figure); its own text is that extent minus its
 * children's extents, so a section whose case blocks sit in the middle keeps the text before and
 * after them (as `parts`). Clauses made by table parsers keep the text they were given.
 */
export function finishClauses(text: string, drafts: readonly ClauseDraft[], boundaries: readonly number[]): ClauseSegment[] {
  const sorted = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.start - b.d.start || a.i - b.i).map((x) => x.d);
  const extents = new Map<string, Range>();
  sorted.forEach((d, k) => {
    if (d.text !== undefined && d.end !== undefined) return extents.set(d.path, { start: d.start, end: d.end });
    const next = sorted.slice(k + 1).find((n) => n.start > d.start && !descends(n, d.path, sorted))?.start ?? text.length;
    const bound = boundaries.find((b) => b > d.start) ?? text.length;
    extents.set(d.path, { start: d.start, end: Math.min(d.end ?? next, next, bound) });
  });
  return sorted.map((d, order) => {
    if (d.text !== undefined && d.end !== undefined) return { ...d, end: d.end, text: d.text, order };
    const children = sorted.filter((c) => c.parent === d.path);
    const extent = extents.get(d.path) as Range;
    const holes = children.some((c) => c.text !== undefined)
      ? [{ start: children[0].start, end: extent.end }]
      : children.map((c) => extents.get(c.path) as Range);
    const own = subtract(extent, holes).map((r) => trim(text, r)).filter((r) => r.end > r.start);
    if (own.length === 0) own.push({ start: d.start, end: d.start });
    const clause: ClauseSegment = { ...d, end: own[own.length - 1].end, text: own.map((r) => text.slice(r.start, r.end)).join(''), order };
    if (own.length > 1) clause.parts = own;
    else delete clause.parts;
    return clause;
  });
}

function descends(clause: ClauseDraft, ancestor: string, all: readonly ClauseDraft[]): boolean {
  for (let p = clause.parent; p !== undefined; p = all.find((c) => c.path === p)?.parent) if (p === ancestor) return true;
  return false;
}

/** `extent` without the `holes` (which lie inside it), in order. */
function subtract(extent: Range, holes: readonly Range[]): Range[] {
  const out: Range[] = [];
  let at = extent.start;
  for (const h of [...holes].sort((a, b) => a.start - b.start)) {
    if (h.start > at) out.push({ start: at, end: Math.min(h.start, extent.end) });
    at = Math.max(at, h.end);
  }
  if (at < extent.end) out.push({ start: at, end: extent.end });
  return out;
}

/** The range without white space at either end. */
function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
