import type { EntityKind } from '../../../graph/node-kind';
import type { EntityMention } from '../../recognise';
import type { TextSpan } from './split-sentences';

/** Stands in for every character of a named mention in `masked`, so cue words inside names (`联合建设国际有限公司`) are not read as cues. */
export const MASK = '\uE000';

/** Kinds that act: they can partner, run, join or lead something. */
export const ACTOR_KINDS: ReadonlySet<EntityKind> = new Set(['School', 'Enterprise', 'GovernmentBody', 'Organization', 'Alliance', 'Community']);

/** One sentence of the text with the named mentions inside it, and what the rules need to read it. */
export interface SentenceView {
  /** The whole text the mentions point into. */
  text: string;
  /** `text` with named mentions masked (same length, same offsets). */
  masked: string;
  start: number;
  end: number;
  /** Named (non-generic) mentions inside the sentence, in text order. */
  mentions: EntityMention[];
  /** The sentence's clauses (cut at commas and colons outside names), covering it from start to end. */
  clauses: TextSpan[];
  /** The actor the sentence is about, when it opens with one. */
  subject?: EntityMention;
  /** The actor carried over from an earlier sentence, when this one opens without its own subject. */
  topic?: EntityMention;
}

const CLAUSE_BREAKS = new Set(['，', ',', '：', ':']);

/** `text` with the characters of each mention replaced by `MASK`. */
export function maskMentions(text: string, mentions: readonly EntityMention[]): string {
  const chars = text.split('');
  for (const m of mentions) chars.fill(MASK, m.start, m.end);
  return chars.join('');
}

/**
 * Builds the view of one sentence from the named mentions inside it (in text order); `subject` and
 * `topic` are filled in later by the caller.
 */
export function createSentenceView(text: string, masked: string, span: TextSpan, mentions: EntityMention[]): SentenceView {
  const clauses: TextSpan[] = [];
  let from = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (!CLAUSE_BREAKS.has(masked[i])) continue;
    clauses.push({ start: from, end: i });
    from = i + 1;
  }
  clauses.push({ start: from, end: span.end });
  return { text, masked, start: span.start, end: span.end, mentions, clauses };
}

/** The masked text between two offsets with white space removed: what stands between two words. */
export function gapText(view: SentenceView, from: number, to: number): string {
  return from >= to ? '' : view.masked.slice(from, to).replace(/\s+/g, '');
}

/** The clause holding offset `pos`. */
export function clauseAt(view: SentenceView, pos: number): TextSpan {
  return view.clauses.find((c) => pos >= c.start && pos <= c.end) ?? { start: view.start, end: view.end };
}

/** The named mention that ends exactly at `pos`, white space aside. */
export function mentionEndingAt(view: SentenceView, pos: number): EntityMention | undefined {
  return view.mentions.find((m) => m.end <= pos && gapText(view, m.end, pos) === '');
}

/** Named mentions wholly inside `[from, to)`. */
export function mentionsWithin(view: SentenceView, from: number, to: number): EntityMention[] {
  return view.mentions.filter((m) => m.start >= from && m.end <= to);
}

/** Every match of `pattern` (which must have the `g` flag) in the masked sentence, with text offsets. */
export function findCues(view: SentenceView, pattern: RegExp): { start: number; end: number; cue: string; groups: string[] }[] {
  const found: { start: number; end: number; cue: string; groups: string[] }[] = [];
  const slice = view.masked.slice(view.start, view.end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    found.push({ start: view.start + m.index, end: view.start + m.index + m[0].length, cue: m[0], groups: m.slice(1) });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found;
}
