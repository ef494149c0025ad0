import type { CleanLine } from './clean-line';

/** Page numbers printed with marks around them: `— 3 —`, `- 12 -`, `第 3 页`, `第3页 共10页`, `3/10`. */
const MARKED_PAGE_NUMBER = /^(?:[-—–~]+ ?\d{1,4} ?[-—–~]+|第 ?\d{1,4} ?页(?: ?[，,]? ?共 ?\d{1,4} ?页)?|\d{1,4} ?\/ ?\d{1,4})$/;
const LONE_NUMBER = /^\d{1,3}$/;

/** Fewest and most original lines (blank ones included) a page can plausibly span. */
const MIN_LINES_PER_PAGE = 15;
const MAX_LINES_PER_PAGE = 120;

/**
 * Indices of lines that are page furniture, not text: marked page numbers; bare numbers that form
 * a plausible page sequence (rising, at least a page's worth of lines apart) and have no
 * neighbouring row numbers (`29 …`, `31 …` around a `30` make it a table row); and running headers
 * or footers, i.e. a line repeated next to two or more page numbers.
 */
export function findPageDebris(lines: readonly CleanLine[]): Set<number> {
  const debris = new Set<number>();
  lines.forEach((l, i) => {
    if (MARKED_PAGE_NUMBER.test(l.text)) debris.add(i);
  });
  for (const i of lonePageNumbers(lines)) debris.add(i);
  for (const i of runningHeaders(lines, debris)) debris.add(i);
  return debris;
}

/** The longest chain of bare numbers whose values and positions agree with page numbering. */
function lonePageNumbers(lines: readonly CleanLine[]): number[] {
  const cands = lines
    .map((l, i) => ({ i, line: l.raw.line, value: Number(l.text), tab: l.indent.includes('\t') }))
    .filter((c) => LONE_NUMBER.test(lines[c.i].text) && !c.tab && c.value > 0 && !inNumberedList(lines, c.i, c.value))
    .filter((c) => c.line / c.value >= MIN_LINES_PER_PAGE && c.line / c.value <= MAX_LINES_PER_PAGE);
  const best: number[] = cands.map(() => 1);
  const prev: number[] = cands.map(() => -1);
  for (let j = 0; j < cands.length; j++) {
    for (let k = 0; k < j; k++) {
      const pages = cands[j].value - cands[k].value;
      const perPage = (cands[j].line - cands[k].line) / pages;
      if (pages > 0 && perPage >= MIN_LINES_PER_PAGE && perPage <= MAX_LINES_PER_PAGE && best[k] + 1 > best[j]) {
        best[j] = best[k] + 1;
        prev[j] = k;
      }
    }
  }
  let end = -1;
  best.forEach((b, j) => {
    if (b >= 2 && (end < 0 || b > best[end])) end = j;
  });
  const chain: number[] = [];
  for (let j = end; j >= 0; j = prev[j]) chain.push(cands[j].i);
  return chain;
}

/** Lines looked at on each side for a neighbouring row number. */
const ROW_NEIGHBOURHOOD = 12;

/** True when a line close by starts with the number just before or after: a table row number, not a page number. */
function inNumberedList(lines: readonly CleanLine[], at: number, value: number): boolean {
  const neighbour = new RegExp(`^(?:${value - 1}|${value + 1})(?:\\D|$)`);
  for (let i = Math.max(0, at - ROW_NEIGHBOURHOOD); i <= Math.min(lines.length - 1, at + ROW_NEIGHBOURHOOD); i++) {
    if (i !== at && neighbour.test(lines[i].text)) return true;
  }
  return false;
}

/** Lines of 4+ characters that occur next to at least two page numbers (within two kept lines). */
function runningHeaders(lines: readonly CleanLine[], pageNumbers: Set<number>): number[] {
  const near = new Map<string, number[]>();
  for (const p of pageNumbers) {
    for (const i of neighbours(lines, p, 2)) {
      const t = lines[i].text;
      if (t.length >= 4 && !pageNumbers.has(i)) near.set(t, [...(near.get(t) ?? []), i]);
    }
  }
  return [...near.values()].filter((idx) => new Set(idx).size >= 2).flat();
}

function neighbours(lines: readonly CleanLine[], at: number, count: number): number[] {
  const found: number[] = [];
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let i = at + step; i >= 0 && i < lines.length && seen < count; i += step) {
      if (lines[i].text === '') continue;
      found.push(i);
      seen++;
    }
  }
  return found;
}
