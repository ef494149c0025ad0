import { parseChineseNumeral } from './chinese-numeral';

/** The kinds of numbering a clause can carry; each is one level of the clause tree wherever it appears. */
export type MarkerKind =
  | 'chapter'
  | 'section'
  | 'article'
  | 'cn'
  | 'cnParen'
  | 'num'
  | 'numParen'
  | 'circled'
  | 'dec1'
  | 'dec2'
  | 'dec3'
  | 'case';

/** A clause mark found at the start of a paragraph. */
export interface ClauseMarker {
  kind: MarkerKind;
  /** The mark as written (normalised), e.g. `三、`, `（二）`, `1.`, `【案例 3-3】`. */
  marker: string;
  /** Its part of the clause path, e.g. `三`, `（二）`, `1`, `2.3`, `案例3-3`. */
  segment: string;
  /** The number it carries (for cases, the number after the dash). */
  ordinal: number;
  /** For `dec2`/`dec3` marks, the numbers of the enclosing headings (`2.3` → [2]). */
  parents?: number[];
}

const CN = '[一二三四五六七八九十百零〇]+';

/** Mark patterns in priority order; `dec` headings are recognised separately (they need the whole line). */
const PATTERNS: { kind: MarkerKind; re: RegExp; segment: (m: RegExpExecArray) => string; ordinal: (m: RegExpExecArray) => number | undefined }[] = [
  { kind: 'chapter', re: new RegExp(`^第(${CN}|\\d+)章 ?`), segment: (m) => `第${m[1]}章`, ordinal: (m) => parseChineseNumeral(m[1]) },
  { kind: 'section', re: new RegExp(`^第(${CN}|\\d+)节 ?`), segment: (m) => `第${m[1]}节`, ordinal: (m) => parseChineseNumeral(m[1]) },
  { kind: 'article', re: new RegExp(`^第(${CN}|\\d+)条 ?`), segment: (m) => `第${m[1]}条`, ordinal: (m) => parseChineseNumeral(m[1]) },
  { kind: 'cn', re: new RegExp(`^(${CN})、 ?`), segment: (m) => m[1], ordinal: (m) => parseChineseNumeral(m[1]) },
  { kind: 'cnParen', re: new RegExp(`^（(${CN})） ?`), segment: (m) => `（${m[1]}）`, ordinal: (m) => parseChineseNumeral(m[1]) },
  { kind: 'numParen', re: /^（(\d{1,2})） ?/, segment: (m) => `（${m[1]}）`, ordinal: (m) => Number(m[1]) },
  { kind: 'num', re: /^(\d{1,2})[.、](?!\d) ?/, segment: (m) => m[1], ordinal: (m) => Number(m[1]) },
  { kind: 'circled', re: /^([①-⑳]) ?/, segment: (m) => m[1], ordinal: (m) => m[1].charCodeAt(0) - 0x2460 + 1 },
  {
    kind: 'case',
    re: /^【 ?案例 ?(\d{1,2})(?: ?[-.] ?(\d{1,3}))? ?】 ?/,
    segment: (m) => `案例${m[1]}${m[2] ? `-${m[2]}` : ''}`,
    ordinal: (m) => Number(m[2] ?? m[1]),
  },
];

/** A numbered report heading filling its line: `1发展概况`, `2.3 就业质量` (not an amount: `1.5亿元`). */
const DEC_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,2}) ?(?=[\u4e00-\u9fff])(?![年月日号万亿元个所项倍])[^\s，。；：、！？]{1,24}$/;

/** The clause mark a paragraph starts with, if any. */
export function matchMarker(paragraph: string): (ClauseMarker & { length: number }) | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(paragraph);
    const ordinal = m ? p.ordinal(m) : undefined;
    if (m && ordinal !== undefined) {
      return { kind: p.kind, marker: m[0].trimEnd(), segment: p.segment(m), ordinal, length: m[0].length };
    }
  }
  const dec = DEC_HEADING.exec(paragraph);
  if (!dec) return undefined;
  const numbers = dec[1].split('.').map(Number);
  const length = /^[\d.]+ ?/.exec(paragraph)?.[0].length ?? dec[1].length;
  const kind = (['dec1', 'dec2', 'dec3'] as const)[numbers.length - 1];
  return { kind, marker: dec[1], segment: dec[1], ordinal: numbers[numbers.length - 1], parents: numbers.slice(0, -1), length };
}
