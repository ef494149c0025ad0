/** Character classes the normaliser and the segmenters agree on. */

/** True for a CJK ideograph (unified, extension A, compatibility; `〇` included). */
export function isHan(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x3134f) ||
    c === 0x3007
  );
}

/** True for an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** True for an ASCII letter or digit. */
export function isAsciiAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
}

/** Full-width punctuation that closes or separates clauses in Chinese text. */
export const CJK_PUNCT = '，。、；：！？“”‘’（）《》〈〉【】〔〕「」『』…—·';

/** True for Chinese text or its punctuation (anything that is not ASCII or white space). */
export function isWide(ch: string): boolean {
  return isHan(ch) || CJK_PUNCT.includes(ch) || (ch.codePointAt(0) ?? 0) >= 0x3000;
}

/**
 * Printed width of a line in Chinese columns: ideographs and full-width marks count 1, ASCII
 * (digits, Latin letters, spaces) ½. Used to tell a line filled to the margin (and so broken by
 * layout) from a short one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 1 : 0.5;
  return width;
}
