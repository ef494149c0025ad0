import { displayWidth } from './char-class';
import { columnGaps, isBlockStart, isHeadingLike, isProse, lineEnding } from './line-shape';

/** A kept, non-empty line as the break decision sees it. */
export interface LineForBreaks {
  text: string;
  /** Blank or dropped lines between it and the previous kept line. */
  blankBefore: number;
}

/** Lines looked at on each side to find how wide the text column is around a line. */
const WINDOW = 6;
/** Narrowest and widest columns (in Chinese characters) that count as hard-wrapped text, not lists or one line per paragraph. */
const MIN_WRAPPED_COLUMN = 10;
const MAX_WRAPPED_COLUMN = 60;

/**
 * For each kept line, whether it continues the previous one (a break made by page layout, not by
 * the author). Never across a heading, a caption, a new clause mark, or a table row printed with
 * column gaps. Otherwise the previous line is continued when
 * (a) it ends in a mark that cannot end a sentence (`，` `、`);
 * (b) it stops mid-sentence and is prose (a line of a paragraph cut by a page break or by wrapping);
 * (c) it is filled to the width of a hard-wrapped text column, even after `。` or `；` — in wrapped
 *     layout a full line says nothing about the paragraph ending, a short one does.
 */
export function decideJoins(lines: readonly LineForBreaks[]): boolean[] {
  const widths = lines.map((l) => displayWidth(l.text));
  const gaps = lines.map((l) => columnGaps(l.text));
  return lines.map((line, i) => {
    if (i === 0) return false;
    const prev = lines[i - 1].text;
    if (isBlockStart(line.text) || isHeadingLike(prev) || gaps[i] >= 2 || gaps[i - 1] >= 2) return false;
    const ending = lineEnding(prev);
    if (ending === 'open') return true;
    if (ending === 'remark') return false;
    if (ending === 'none') return (isProse(prev) && widths[i - 1] >= 15) || fillsWrappedColumn(widths, i - 1, LOOSE);
    // After `。` or `；` only a line of prose can be the paragraph going on (not a signature or a
    // date), and only a line right at the margin: a paragraph's last line is usually shorter.
    return isProse(line.text) && fillsWrappedColumn(widths, i - 1, STRICT);
  });
}

/** How far short of the widest line a line may stop and still reach the margin (a first line is indented). */
const LOOSE = 2.5;
const STRICT = 1;

/** True when line `i` reaches the margin of a hard-wrapped column (three or more lines nearby do). */
function fillsWrappedColumn(widths: readonly number[], i: number, slack: number): boolean {
  const lo = Math.max(0, i - WINDOW);
  const hi = Math.min(widths.length - 1, i + WINDOW);
  let column = 0;
  for (let k = lo; k <= hi; k++) column = Math.max(column, widths[k]);
  if (column < MIN_WRAPPED_COLUMN || column > MAX_WRAPPED_COLUMN) return false;
  const margin = column - Math.max(LOOSE, column * 0.08);
  let full = 0;
  for (let k = lo; k <= hi; k++) if (widths[k] >= margin) full++;
  return full >= 3 && widths[i] >= column - Math.max(slack, column * (slack / 30));
}
