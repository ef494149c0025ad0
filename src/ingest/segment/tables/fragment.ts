import type { NormalisedLine } from '../../ingest-types';
import { displayWidth, isWide } from '../../normalise/char-class';

/** A piece of table text: one line, or one column of a line printed with column gaps. */
export interface Fragment {
  text: string;
  /** Normalised offsets. */
  start: number;
  end: number;
  width: number;
  /** True when a column gap (not a line break) separates it from the previous fragment. */
  gapBefore: boolean;
  /** Index of the line it came from. */
  lineIndex: number;
}

/**
 * Cuts lines into fragments at column gaps: a space with Chinese on both sides, or after a leading
 * row number. Spaces next to Latin text (`UI 设计`, `Diom 集团`) stay inside the fragment.
 */
export function fragmentLines(text: string, lines: readonly NormalisedLine[], from: number, to: number): Fragment[] {
  const out: Fragment[] = [];
  for (let li = from; li < to; li++) {
    const { start, end } = lines[li];
    let pieceStart = start;
    const push = (s: number, e: number, gap: boolean) => {
      if (e <= s) return;
      const piece = text.slice(s, e);
      out.push({ text: piece, start: s, end: e, width: displayWidth(piece), gapBefore: gap, lineIndex: li });
    };
    let gap = false;
    for (let i = start; i < end; i++) {
      if (text[i] !== ' ') continue;
      const leadingNumber = /^\d{1,3}$/.test(text.slice(pieceStart, i)) && pieceStart === start;
      if (leadingNumber || (isWide(text[i - 1]) && isWide(text[i + 1]))) {
        push(pieceStart, i, gap);
        gap = true;
        pieceStart = i + 1;
      }
    }
    push(pieceStart, end, gap);
  }
  return out;
}
