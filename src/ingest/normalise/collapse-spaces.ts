import { isDigit, isHan, isWide } from './char-class';

/** Characters that follow a number as its unit or classifier (`2019 年`, `18 号`, `126 所`, `81.7 %`). */
const UNITS = new Set([...'年月日号时分秒天个所项家门部种人万亿元届次倍条类批枚位周岁余多级期台套本篇场轮节册户亩米吨%％‰']);

const DATE_UNITS = '年月日号%％';
const SPACE = ' ';
/** Marks inside a number or a range of numbers: `81.7`, `12,000`, `5—10`. */
const NUMBER_INNER = '.,—-~–';

/**
 * Removes the spaces PDF extraction and typesetting put inside Chinese text, keeping the ones that
 * separate table columns. Removed: between a number and its unit (`2019 年 7 月 1 日` →
 * `2019年7月1日`), before a number that carries a unit or follows `第`, inside a number range
 * (`2- 1`), and inside letter-spaced words (`具 体 任 务`, a padded name `张 华`). Every other run of
 * white space becomes one space. Works on the unit arrays in place and drops emptied units.
 */
export function collapseSpaces(out: string[], from: number[], to: number[]): void {
  for (let a = 0; a < out.length; a++) {
    if (out[a] !== SPACE) continue;
    let b = a;
    while (b < out.length && out[b] === SPACE) b++;
    if (shouldRemove(out, a, b)) for (let k = a; k < b; k++) out[k] = '';
    else {
      for (let k = a + 1; k < b; k++) out[k] = '';
      to[a] = to[b - 1];
    }
    a = b - 1;
  }
  let w = 0;
  for (let r = 0; r < out.length; r++) {
    if (out[r] === '') continue;
    out[w] = out[r];
    from[w] = from[r];
    to[w] = to[r];
    w++;
  }
  out.length = w;
  from.length = w;
  to.length = w;
}

/** Decides for the space run `[a, b)`; `a > 0` and `b < out.length` because lines are trimmed first. */
function shouldRemove(out: string[], a: number, b: number): boolean {
  const left = lastChar(out[a - 1]);
  const right = out[b][0];
  if (isDigit(left) && UNITS.has(right)) return !startsLine(out, a) || DATE_UNITS.includes(right);
  if (isDigit(right) && (left === '第' || (isWide(left) && numberHasUnit(out, b)))) return true;
  if (isRangeDash(left) && isDigit(right) && isDigit(lastChar(out[a - 2] ?? ''))) return true;
  if (isDigit(left) && isRangeDash(right) && isDigit(out[b + 1]?.[0])) return true;
  return isHan(left) && isHan(right) && isolated(out, a - 1, -1) && isolated(out, b, 1);
}

/**
 * True when the number ending before unit `a` opens the line: a table row number (`22 人工智能…`)
 * looks the same as a count (`22 人`), so there only dates are joined.
 */
function startsLine(out: string[], a: number): boolean {
  let k = a - 1;
  while (k >= 0 && isDigit(out[k])) k--;
  return k < 0;
}

/** True when the number starting at unit `i` is followed (after at most one space run) by a unit. */
function numberHasUnit(out: string[], i: number): boolean {
  let k = i;
  while (k < out.length && (isDigit(out[k]) || (NUMBER_INNER.includes(out[k]) && isDigit(out[k + 1])))) k++;
  while (k < out.length && out[k] === SPACE) k++;
  return k < out.length && UNITS.has(out[k][0]);
}

/** True when the character at `i` stands alone: a space or the line's end on its far side. */
function isolated(out: string[], i: number, step: 1 | -1): boolean {
  const next = out[i + step];
  // '' is a space this pass already removed.
  return next === undefined || next === SPACE || next === '';
}

function isRangeDash(ch: string | undefined): boolean {
  return ch === '-' || ch === '—' || ch === '~' || ch === '–';
}

function lastChar(unit: string): string {
  return unit.slice(-1);
}

/**
 * For a line that continues on the next one: drops the space before a trailing number whose unit
 * starts the next line (`建设 10` + `个左右` → `建设10个左右`). Works on the unit arrays in place.
 */
export function dropSpaceBeforeCarriedUnit(out: string[], from: number[], to: number[], next: string): void {
  if (!UNITS.has(next[0])) return;
  let k = out.length;
  while (k > 0 && (isDigit(out[k - 1]) || out[k - 1] === '.')) k--;
  if (k === out.length || k < 2 || out[k - 1] !== SPACE || !isWide(lastChar(out[k - 2]))) return;
  for (const arr of [out, from, to] as unknown[][]) arr.splice(k - 1, 1);
}
