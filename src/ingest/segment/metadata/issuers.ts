import type { Paragraph } from '../paragraphs';
import { isDateLine } from './chinese-date';
import { splitIssuers } from './organisation-name';

/** A name found in the text, with its normalised offsets. */
export interface Found {
  text: string;
  start: number;
  end: number;
}

/** Issuers named in the title block: the lines before `关于`, or the part of the `关于` line before it. */
export function issuersInTitle(titleLines: readonly Paragraph[]): Found[] {
  const about = titleLines.findIndex((p) => p.text.includes('关于'));
  if (about < 0) return [];
  const found: Found[] = [];
  for (const p of titleLines.slice(0, about)) found.push(...namesIn(p.text, p.start));
  const line = titleLines[about];
  const before = line.text.slice(0, line.text.indexOf('关于'));
  if (before) found.push(...namesIn(before, line.start));
  return found;
}

/**
 * The signature block: the date line (the first one near the top, else the last one in the
 * document) and the issuer lines right above it.
 */
export function findSignature(paragraphs: readonly Paragraph[], headEnd: number): { date?: Paragraph; issuers: Found[] } {
  const head = paragraphs.slice(0, headEnd).findIndex((p) => isDateLine(p.text));
  const tail = findLastIndex(paragraphs, (p) => isDateLine(p.text));
  const at = head >= 0 ? head : tail;
  if (at < 0) return { issuers: [] };
  const issuers: Found[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 5; i--) {
    const names = namesIn(paragraphs[i].text, paragraphs[i].start);
    if (names.length === 0) break;
    issuers.unshift(...names);
  }
  return { date: paragraphs[at], issuers };
}

function namesIn(text: string, offset: number): Found[] {
  const names = splitIssuers(text);
  if (!names) return [];
  let from = 0;
  return names.map((name) => {
    const index = text.indexOf(name, from);
    from = index + name.length;
    return { text: name, start: offset + index, end: offset + index + name.length };
  });
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
