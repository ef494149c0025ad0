import type { EntityMention, GazetteerName, RecogniseContext } from './entity-mention';
import { findAliasDefinitions } from './find-alias-definitions';
import { findLaterUses, findListMembers } from './find-list-members';
import { findOfficeLists } from './find-office-lists';
import { findPartnerMentions } from './find-partner-mentions';
import { findQuotedMentions } from './find-quoted-mentions';
import { findSuffixMentions, type Candidate } from './find-suffix-mentions';
import { isCounted } from './judge-generic';
import { createGazetteerIndex, type GazetteerIndex } from './gazetteer-index';
import { segmentWords, type WordIndex } from './segment-words';

const GAZETTEER_WEIGHT = 3;

/** Gazetteers are built once per name list, not once per text. */
const indexes = new WeakMap<readonly GazetteerName[], GazetteerIndex>();

function gazetteerIndex(names: readonly GazetteerName[] | undefined): GazetteerIndex | undefined {
  if (!names) return undefined;
  let index = indexes.get(names);
  if (!index) indexes.set(names, (index = createGazetteerIndex(names)));
  return index;
}

/** Keeps the longest candidates, then the heavier ones, so that no two mentions overlap. */
function selectMentions(text: string, candidates: Candidate[]): EntityMention[] {
  const taken = new Uint8Array(text.length);
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.weight - a.weight || a.start - b.start,
  );
  const kept: EntityMention[] = [];
  for (const c of ordered) {
    if (c.end <= c.start || taken.subarray(c.start, c.end).some((x) => x === 1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ kind: c.kind, surface: text.slice(c.start, c.end), start: c.start, end: c.end, generic: c.generic });
  }
  return kept;
}

/** Marks later uses of each defined short name with its full form, adding the uses no recogniser found. */
function applyAliasDefinitions(text: string, index: WordIndex, mentions: EntityMention[]): EntityMention[] {
  const definitions = findAliasDefinitions(text, mentions);
  if (definitions.length === 0) return mentions;
  const taken = new Uint8Array(text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const result = [...mentions];
  for (const def of definitions) {
    const kind = mentions.find((m) => m.surface === def.fullForm || m.fullForm === def.fullForm)?.kind;
    if (!kind) continue;
    for (let at = text.indexOf(def.alias, def.at); at >= 0; at = text.indexOf(def.alias, at + 1)) {
      const end = at + def.alias.length;
      const same = result.find((m) => m.start === at && m.end === end);
      if (same) {
        same.fullForm = def.fullForm;
        continue;
      }
      const aligned = index.words[index.wordAt[at]].start === at && index.words[index.wordAt[end - 1]].end === end;
      if (taken.subarray(at, end).some((x) => x === 1) || (def.alias.length <= 3 && !aligned)) continue;
      taken.fill(1, at, end);
      result.push({ kind, surface: def.alias, start: at, end, generic: false, fullForm: def.fullForm });
    }
  }
  return result;
}

/**
 * Finds the names of schools, enterprises, government bodies, alliances, programmes, countries… in `text`
 * (normalised text, or a clause or table cell of it). Mentions do not overlap and come in text order;
 * categories and plurals come back with `generic: true`.
 */
export function recogniseEntities(text: string, context: RecogniseContext = {}): EntityMention[] {
  if (typeof text !== 'string') throw new TypeError('recogniseEntities expects the text as a string');
  if (text.length === 0) return [];
  const words = segmentWords(text);
  const gazetteer = gazetteerIndex(context.gazetteer);
  const candidates: Candidate[] = [...findSuffixMentions(text, words, gazetteer), ...findQuotedMentions(text)];
  if (gazetteer) {
    for (const hit of gazetteer.find(text, words)) {
      candidates.push({ ...hit, generic: isCounted(text, hit.start, hit.end), weight: GAZETTEER_WEIGHT });
    }
  }
  const selected = selectMentions(text, candidates);
  const offices = findOfficeLists(text, selected);
  const kept = [...selected.filter((m) => !offices.drop.has(m)), ...offices.add];
  const listed = findListMembers(text, words, kept);
  const partners = findPartnerMentions(text, words, [...kept, ...listed]);
  const later = findLaterUses(text, words, [...listed, ...partners], kept);
  const mentions = applyAliasDefinitions(text, words, [...kept, ...listed, ...partners, ...later]);
  return mentions.sort((a, b) => a.start - b.start);
}
