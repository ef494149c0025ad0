import { displayWidth, isWide } from './char-class';

/** Chinese numerals as used in clause marks (`一、`, `（十二）`, `第二章`). */
export const CN_NUM = '[一二三四五六七八九十百零〇]+';

/**
 * Lines that begin a new block, never the continuation of a broken line: clause marks, case and
 * annex headings, table and figure captions, labelled fields such as `责任单位：`.
 */
const BLOCK_START = new RegExp(
  [
    `^第${CN_NUM}[章节条篇]`,
    `^${CN_NUM}、`,
    `^（${CN_NUM}）`,
    `^（\\d{1,2}）`,
    '^\\d{1,2}[.、](?!\\d)',
    '^[①-⑳]',
    '^【[^】]{1,24}】',
    `^附[件表](?:\\d|${CN_NUM}|：|$| )`,
    '^[表图] ?\\d{1,2}(?: ?[-.] ?\\d{1,2})? ',
    '^（(?:图片来源|[上下左右]图）)',
    '^(?:牵头|责任|配合)单位：',
    '^(?:\\d{4}|[〇零一二三四五六七八九]{4})年[\\d一二三四五六七八九十]{1,3}月[\\d一二三四五六七八九十]{1,3}日$',
  ].join('|'),
);

/** A numbered report heading: `1发展概况`, `2.3 就业质量` — short, no punctuation. */
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})* ?[\u4e00-\u9fff][^\s，。；：、！？]{0,23}$/;

/** True when the line opens a block (a clause, caption, case, annex or labelled field). */
export function isBlockStart(text: string): boolean {
  return BLOCK_START.test(text) || NUMBERED_HEADING.test(text);
}

/**
 * How a line ends: `remark` after a picture remark such as `（上图）`, `sentence` after `。！？…` (possibly
 * inside a closing quote or bracket), `clause` after `；` or `：` (a list item or a label, but also a wrapped sentence),
 * `open` after a mark that cannot end a sentence (`，` `、` an opening bracket), else `none`.
 */
export function lineEnding(text: string): 'remark' | 'sentence' | 'clause' | 'open' | 'none' {
  const t = text.replace(/（[上下左右]图）$/, '');
  if (t !== text) return 'remark';
  const last = t.slice(-1);
  const before = t.slice(-2, -1);
  if ('。！？…'.includes(last) || ('”’）】」』》'.includes(last) && '。！？…'.includes(before))) return 'sentence';
  if ('；：'.includes(last) || ('”’）】」』》'.includes(last) && '；：'.includes(before))) return 'clause';
  return '，、（“《〈【'.includes(last) ? 'open' : 'none';
}

/** True for a heading line: a case, caption or numbered report heading, or a short clause-mark line without sentence punctuation. */
export function isHeadingLike(text: string): boolean {
  if (/^(?:【[^】]{1,24}】|[表图] ?\d|附[件表])/.test(text) || NUMBERED_HEADING.test(text)) return true;
  return isBlockStart(text) && !/[。，；]/.test(text) && displayWidth(text) <= 30;
}

/**
 * Number of column gaps: spaces with Chinese on both sides, plus the one after a leading row
 * number. Prose lines have at most one (`“…” 发展目标`); a table row printed on one line has one
 * per column border.
 */
export function columnGaps(text: string): number {
  let gaps = /^\d{1,3} /.test(text) ? 1 : 0;
  for (let i = 1; i + 1 < text.length; i++) {
    if (text[i] === ' ' && isWide(text[i - 1]) && isWide(text[i + 1])) gaps++;
  }
  return gaps;
}

/** True for running prose: it has sentence-internal punctuation. */
export function isProse(text: string): boolean {
  return /[，。；、]/.test(text);
}
