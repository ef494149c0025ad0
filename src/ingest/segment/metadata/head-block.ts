import type { Paragraph } from '../paragraphs';
import { isDateLine } from './chinese-date';
import { parseDocNumber } from './doc-number';

/** Paragraphs looked at for the head of a document (title block, 文号, addressees, signature). */
const HEAD_PARAGRAPHS = 14;
/** Front-matter headings that are not titles. */
const FRONT_MATTER = /^(?:前言|序言|目录|说明)$/;

/** The title block: the leading short lines with no sentence punctuation, and where it stops. */
export interface HeadBlock {
  titleLines: Paragraph[];
  docNumber?: { text: string; paragraph: Paragraph };
}

/** Reads the title lines and the 文号 at the top of a document. */
export function readHeadBlock(paragraphs: readonly Paragraph[]): HeadBlock {
  const titleLines: Paragraph[] = [];
  let docNumber: HeadBlock['docNumber'];
  for (const p of paragraphs.slice(0, HEAD_PARAGRAPHS)) {
    const number = parseDocNumber(p.text);
    if (number) {
      docNumber ??= { text: number, paragraph: p };
      if (titleLines.length > 0) break;
      continue;
    }
    if (FRONT_MATTER.test(p.text) && titleLines.length === 0) continue;
    if (isTitleLine(p.text) && titleLines.length < 6) titleLines.push(p);
    else break;
  }
  if (!docNumber) {
    const later = paragraphs.slice(0, HEAD_PARAGRAPHS).find((p) => parseDocNumber(p.text));
    if (later) docNumber = { text: parseDocNumber(later.text) as string, paragraph: later };
  }
  return { titleLines, docNumber };
}

/** A line that can be part of a title: no sentence punctuation, not a date, not a clause mark. */
function isTitleLine(text: string): boolean {
  if (/[，。；：！？]/.test(text) || text.length > 60) return false;
  return !isDateLine(text) && !/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d)/.test(text);
}
