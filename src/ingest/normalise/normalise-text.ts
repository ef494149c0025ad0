import type { NormalisedLine, NormalisedText, SourceFile } from '../ingest-types';
import { isAsciiAlnum } from './char-class';
import { cleanLine, type CleanLine } from './clean-line';
import { dropSpaceBeforeCarriedUnit } from './collapse-spaces';
import { decideJoins } from './line-breaks';
import { findPageDebris } from './page-debris';
import { splitLines } from './split-lines';
import { TextBuilder } from './text-builder';

/** Normalised text whose line list is always present (what the segmenters need). */
export type LinedText = NormalisedText & { lines: NormalisedLine[] };

/**
 * Normalises a decoded document: canonical characters, conversion debris and page furniture
 * removed, spaces inside Chinese text collapsed, lines broken by layout rejoined. Each kept line
 * becomes one run of the text; a real break becomes `\n`, mapped to the original line break (and
 * any blank or dropped lines) it replaces, so every normalised range maps back verbatim.
 */
export function normaliseText(source: SourceFile): LinedText {
  const original = source.original;
  const cleaned = splitLines(original).map((raw) => cleanLine(original, raw));
  const debris = findPageDebris(cleaned);
  const kept: { clean: CleanLine; blankBefore: number }[] = [];
  let skipped = 0;
  cleaned.forEach((clean, i) => {
    if (clean.text === '' || debris.has(i)) skipped++;
    else {
      kept.push({ clean, blankBefore: kept.length === 0 ? 0 : skipped });
      skipped = 0;
    }
  });
  const joins = decideJoins(kept.map((k) => ({ text: k.clean.text, blankBefore: k.blankBefore })));
  joins.forEach((joined, i) => {
    const prev = kept[i - 1]?.clean;
    if (!joined || !prev) return;
    dropSpaceBeforeCarriedUnit(prev.out, prev.from, prev.to, kept[i].clean.text);
    prev.text = prev.out.join('');
  });
  const builder = new TextBuilder();
  const lines: NormalisedLine[] = [];
  kept.forEach(({ clean, blankBefore }, i) => {
    if (i > 0) appendBreak(builder, kept[i - 1].clean, clean, joins[i]);
    const start = builder.length;
    for (let u = 0; u < clean.out.length; u++) builder.append(clean.out[u], clean.from[u], clean.to[u]);
    lines.push({ start, end: builder.length, line: clean.raw.line, indent: clean.indent, blankBefore, joined: joins[i] });
  });
  const { text, map } = builder.finish(original);
  return { source, text, map, lines };
}

/** `\n` for a real break; nothing for a rejoined one, except a space between two Latin words. */
function appendBreak(builder: TextBuilder, prev: CleanLine, next: CleanLine, joined: boolean): void {
  const gapStart = prev.to[prev.to.length - 1];
  const gapEnd = next.from[0];
  if (!joined) builder.append('\n', gapStart, gapEnd);
  else if (isAsciiAlnum(prev.text.slice(-1)) && /^[A-Za-z]/.test(next.text) && /[A-Za-z]$/.test(prev.text)) {
    builder.append(' ', gapStart, gapEnd);
  }
}
