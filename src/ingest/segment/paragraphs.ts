import type { NormalisedLine } from '../ingest-types';

/** A paragraph of the normalised text (a run between two `\n`), with the kept lines it is made of. */
export interface Paragraph {
  text: string;
  start: number;
  end: number;
  /** Index of its first line in `NormalisedText.lines`, and one past its last. */
  firstLine: number;
  endLine: number;
}

/** Cuts the normalised text into paragraphs; every kept line belongs to exactly one. */
export function splitParagraphs(text: string, lines: readonly NormalisedLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const firstLine = line;
    while (line < lines.length && lines[line].start < i) line++;
    if (i > start) paragraphs.push({ text: text.slice(start, i), start, end: i, firstLine, endLine: line });
    start = i + 1;
  }
  return paragraphs;
}
