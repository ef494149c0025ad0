import { asciiBetweenDigits, canonicalChar } from './canonical-char';
import { isDigit } from './char-class';
import { collapseSpaces } from './collapse-spaces';
import type { RawLine } from './split-lines';

/** One line after cleaning: its text unit by unit, each unit with the original range it came from. */
export interface CleanLine {
  raw: RawLine;
  /** Canonical text of each unit ('' for units dropped inside a kept range). */
  out: string[];
  from: number[];
  to: number[];
  /** Leading white space of the original line. */
  indent: string;
  /** The cleaned text (`out.join('')`; kept in step when units change). */
  text: string;
}

/** Conversion debris inside a line: Word bookmarks and Markdown bold marks left by converters. */
const DEBRIS = /\[bookmark:[^\]]*\]|\*\*/g;

const SPACE = ' ';

/** Cleans one original line: debris cut, characters canonical, spaces collapsed, ends trimmed. */
export function cleanLine(original: string, raw: RawLine): CleanLine {
  const lineText = original.slice(raw.start, raw.end);
  const cut = debrisRanges(lineText);
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let cutIndex = 0;
  for (let i = 0; i < lineText.length; ) {
    while (cutIndex < cut.length && cut[cutIndex][1] <= i) cutIndex++;
    if (cutIndex < cut.length && cut[cutIndex][0] <= i) {
      i = cut[cutIndex][1];
      continue;
    }
    const code = lineText.charCodeAt(i);
    const ch = code >= 0xd800 && code <= 0xdbff ? lineText.slice(i, i + 2) : lineText[i];
    out.push(canonicalChar(ch));
    from.push(raw.start + i);
    to.push(raw.start + i + ch.length);
    i += ch.length;
  }
  restoreDigitMarks(out);
  const indent = /^\s*/u.exec(lineText)?.[0] ?? '';
  trimUnits(out, from, to);
  collapseSpaces(out, from, to);
  return { raw, out, from, to, indent, text: out.join('') };
}

function debrisRanges(lineText: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of lineText.matchAll(DEBRIS)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** `12,000` and `10:30` keep their ASCII marks: only prose punctuation goes full width. */
function restoreDigitMarks(out: string[]): void {
  for (let i = 1; i + 1 < out.length; i++) {
    const ascii = asciiBetweenDigits(out[i]);
    if (ascii && isDigit(out[i - 1].slice(-1)) && isDigit(out[i + 1][0])) out[i] = ascii;
  }
}

function trimUnits(out: string[], from: number[], to: number[]): void {
  let head = 0;
  while (head < out.length && (out[head] === SPACE || out[head] === '')) head++;
  let tail = out.length;
  while (tail > head && (out[tail - 1] === SPACE || out[tail - 1] === '')) tail--;
  for (const arr of [out, from, to] as unknown[][]) {
    arr.splice(tail);
    arr.splice(0, head);
  }
}
