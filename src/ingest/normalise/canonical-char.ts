/**
 * One canonical spelling per character. NFKC folds full-width Latin and digits to ASCII, but it
 * would also turn Chinese brackets and commas into ASCII ones; Chinese policy text is written with
 * full-width punctuation (clause marks like `（一）`, lists with `，`), so after NFKC the ASCII marks
 * below are turned back to their full-width forms. Digits stay ASCII.
 */
const TO_FULL_WIDTH: Record<string, string> = {
  '(': '（',
  ')': '）',
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
};

/** Characters NFKC would take apart although they carry meaning here (list marks, the Chinese ellipsis). */
function keepsItsForm(cp: number): boolean {
  return (cp >= 0x2460 && cp <= 0x2473) || cp === 0x2026 || cp === 0x2025;
}

/** Zero-width characters and the soft hyphen: invisible, and they would split words. */
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/u;

const cache = new Map<string, string>();

/** The canonical form of one code point: NFKC, then ASCII punctuation back to full width. May be longer than one character. */
export function canonicalChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Fast path: ideographs and ASCII letters, digits and spaces are already canonical.
  const letter = code | 0x20;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (letter >= 0x61 && letter <= 0x7a)) return ch;
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  const cp = ch.codePointAt(0) ?? 0;
  let out = INVISIBLE.test(ch) ? '' : keepsItsForm(cp) ? ch : ch.normalize('NFKC');
  out = [...out].map((c) => TO_FULL_WIDTH[c] ?? c).join('');
  if (/^\s+$/u.test(out)) out = ' ';
  cache.set(ch, out);
  return out;
}

/**
 * Marks that stay ASCII between digits (`12,000`, `10:30`) even though they become full width elsewhere.
 */
export function asciiBetweenDigits(full: string): string | undefined {
  return full === '，' ? ',' : full === '：' ? ':' : undefined;
}
