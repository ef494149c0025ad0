import type { EntityMention, GazetteerName } from '../../recognise';
import type { RelationCandidate } from '../relation-candidate';
import { findJointActs } from './find-joint-acts';
import { findSentenceSubject, opensWithoutSubject } from './find-subject';
import { findLeads } from './lead-in-text-rule';
import { findLocatedIn } from './located-in-rule';
import { findMemberOf } from './member-of-rule';
import { findOperates } from './operates-rule';
import { findPartners } from './partners-rule';
import { findRenamed } from './renamed-rule';
import { createSentenceView, maskMentions, type SentenceView } from './sentence-view';
import { splitSentences } from './split-sentences';

/** What the rules may know besides the text: the gazetteer given to the recogniser, for country names inside other names. */
export interface TextRelationContext {
  gazetteer?: readonly GazetteerName[];
}

/** Country names of a gazetteer, longest first; built once per gazetteer. */
const countryLists = new WeakMap<readonly GazetteerName[], string[]>();

function countryNames(gazetteer: readonly GazetteerName[] | undefined): string[] {
  if (!gazetteer) return [];
  let names = countryLists.get(gazetteer);
  if (!names) {
    names = [...new Set(gazetteer.filter((g) => g.kind === 'Country').map((g) => g.name))].sort((a, b) => b.length - a.length);
    countryLists.set(gazetteer, names);
  }
  return names;
}

function checkMentions(text: string, mentions: readonly EntityMention[]): void {
  if (typeof text !== 'string') throw new TypeError('extractTextRelations expects the text as a string');
  if (!Array.isArray(mentions)) throw new TypeError('extractTextRelations expects the mentions as an array');
  for (const m of mentions) {
    if (!(m.start >= 0 && m.end <= text.length && m.start < m.end) || text.slice(m.start, m.end) !== m.surface) {
      throw new RangeError(`extractTextRelations: mention "${m.surface}" at ${m.start}..${m.end} is not in the text (were the mentions found in another text?)`);
    }
  }
}

/**
 * Sentence subjects, and the topic a sentence without one borrows from the nearest earlier sentence
 * of the same paragraph that has one (across paragraphs the subject of a report changes too often).
 */
function readSubjects(text: string, views: SentenceView[]): void {
  let last: EntityMention | undefined;
  let previousEnd = 0;
  for (const view of views) {
    if (text.slice(previousEnd, view.start).includes('\n')) last = undefined;
    previousEnd = view.end;
    view.subject = findSentenceSubject(view);
    if (!view.subject && opensWithoutSubject(view)) view.topic = last;
    if (view.subject) last = view.subject;
  }
}

const key = (c: RelationCandidate) => `${c.type}|${c.source.start}:${c.source.end}|${c.target.start}:${c.target.end}`;

/** One candidate per relation and pair of mentions: the most confident reading. */
function dedupe(candidates: RelationCandidate[]): RelationCandidate[] {
  const best = new Map<string, RelationCandidate>();
  for (const c of candidates) {
    const seen = best.get(key(c));
    if (!seen || c.confidence > seen.confidence) best.set(key(c), c);
  }
  return [...best.values()].sort((a, b) => a.start - b.start || a.source.start - b.source.start || a.target.start - b.target.start);
}

/**
 * Reads relations between named entities from free text — PARTNERS_WITH, OPERATES, LOCATED_IN,
 * MEMBER_OF, RENAMED_TO and LEADS (of a named body) — sentence by sentence. `mentions` are what
 * `recogniseEntities(text, …)` found; generic mentions are never related. Each candidate's span is
 * its sentence. Pass the recogniser's gazetteer to let country names be read inside other names.
 */
export function extractTextRelations(
  text: string,
  mentions: readonly EntityMention[],
  context: TextRelationContext = {},
): RelationCandidate[] {
  checkMentions(text, mentions);
  const named = mentions.filter((m) => !m.generic).sort((a, b) => a.start - b.start);
  if (named.length === 0) return [];
  const masked = maskMentions(text, named);
  const countries = countryNames(context.gazetteer);
  // Sentences and mentions are both in text order: one pass hands each sentence the mentions inside it.
  let next = 0;
  const views = splitSentences(text).map((span) => {
    while (next < named.length && named[next].start < span.start) next++;
    const inside: EntityMention[] = [];
    for (let i = next; i < named.length && named[i].start < span.end; i++) if (named[i].end <= span.end) inside.push(named[i]);
    return createSentenceView(text, masked, span, inside);
  });
  readSubjects(text, views);
  const found: RelationCandidate[] = [];
  for (const view of views) {
    if (view.mentions.length === 0) continue;
    const acts = findJointActs(view);
    found.push(
      ...findPartners(view, acts),
      ...findOperates(view, acts),
      ...findLocatedIn(view, countries),
      ...findMemberOf(view, acts),
      ...findRenamed(view),
      ...findLeads(view),
    );
  }
  return dedupe(found);
}
