import type { EntityKind } from '../../../graph/node-kind';
import type { EntityMention } from '../../recognise';
import type { RelationCandidate } from '../relation-candidate';
import { BUILD_VERBS } from './cue-words';
import { objectAfter } from './find-built-object';
import { FIXED_CONFIDENCE, NAME_CONFIDENCE, makeCandidate, present } from './make-candidate';
import { findCues, gapText, type SentenceView } from './sentence-view';

const EXTRACTOR = 'text-located-in@1';

/**
 * What can be located abroad: workshops, colleges, centres. Not alliances, which span countries; not
 * programmes (`“鲁班工坊”落户坦桑尼亚` names one workshop, but the mention resolves to the brand, which
 * is in many countries); not projects, named after who runs them as often as after where they run.
 */
const LOCATABLE_KINDS: ReadonlySet<EntityKind> = new Set(['Workshop', 'IndustryCollege', 'Organization', 'School']);
const isLocatable = (m: EntityMention) => LOCATABLE_KINDS.has(m.kind);
/**
 * Read from a name alone: what schools set up abroad (`坦桑尼亚鲁班工坊`, `泰国新能源汽车产业学院`).
 * A foreign partner's name (`泰国东方技术学院`) only describes the partner; it is located when the text says so.
 */
const NAMED_ABROAD_KINDS: ReadonlySet<EntityKind> = new Set(['Workshop', 'IndustryCollege', 'School']);

const OPEN_QUOTE = /^[“"「『《]/u;
/** `在泰国、老挝等地建设…`: the list of places, then the building verb. */
const SEPARATOR = /^(?:、|和|及|以及)$/u;
const PLACE_TO_VERB = new RegExp(`^\\s*(?:等(?:地|国|国家|地区))?[\\p{Script=Han}\\s]{0,4}?(?:${BUILD_VERBS})(?:了|的)?`, 'u');
const SETTLED_CUE = /落户|落地|位于|设在|坐落于/gu;
const BUILD_AFTER_COUNTRY = new RegExp(`^(?:${BUILD_VERBS})`, 'u');

/** `坦桑尼亚鲁班工坊` → the country its name opens with, as a mention inside the name. */
function countryInName(m: EntityMention, countries: readonly string[]): EntityMention | undefined {
  const lead = OPEN_QUOTE.test(m.surface) ? 1 : 0;
  const name = m.surface.slice(lead);
  const country = countries.find((c) => name.startsWith(c) && name.length >= c.length + 2);
  // `老挝建设澜湄鲁班工坊`: a name that ran over a verb (`在老挝建设…`) is not named after the country.
  if (!country || BUILD_AFTER_COUNTRY.test(name.slice(country.length))) return undefined;
  const start = m.start + lead;
  return { kind: 'Country', surface: country, start, end: start + country.length, generic: false };
}

function fromNames(view: SentenceView, countries: readonly string[]): (RelationCandidate | undefined)[] {
  return view.mentions.filter((m) => NAMED_ABROAD_KINDS.has(m.kind)).map((m) => {
    const country = countryInName(m, countries);
    return country && makeCandidate('LOCATED_IN', m, country, view, NAME_CONFIDENCE, EXTRACTOR);
  });
}

/** `[泰国][鲁班工坊]`: a country named right before a workshop or college. */
function fromAdjacentCountry(view: SentenceView): (RelationCandidate | undefined)[] {
  return view.mentions.map((m, i) => {
    const next = view.mentions[i + 1];
    if (m.kind !== 'Country' || !next || !isLocatable(next) || gapText(view, m.end, next.start) !== '') return undefined;
    return makeCandidate('LOCATED_IN', next, m, view, NAME_CONFIDENCE, EXTRACTOR);
  });
}

/** `在埃塞俄比亚、沙特等地建立X`, `在泰国建设的鲁班工坊`: each country of the list. */
function fromPlacePhrase(view: SentenceView): (RelationCandidate | undefined)[] {
  const out: (RelationCandidate | undefined)[] = [];
  for (const cue of findCues(view, /在/gu)) {
    const places: EntityMention[] = [];
    let at = cue.end;
    for (const m of view.mentions) {
      if (m.start < at) continue;
      const gap = gapText(view, at, m.start);
      if (m.kind !== 'Country' || (places.length === 0 ? gap !== '' : !SEPARATOR.test(gap))) break;
      places.push(m);
      at = m.end;
    }
    const verb = places.length > 0 ? PLACE_TO_VERB.exec(view.masked.slice(at, view.end)) : null;
    if (!verb) continue;
    const object = objectAfter(view, at + verb[0].length, isLocatable);
    if (object) out.push(...places.map((p) => makeCandidate('LOCATED_IN', object, p, view, FIXED_CONFIDENCE, EXTRACTOR)));
  }
  return out;
}

/** `“鲁班工坊”落户坦桑尼亚`, `X位于泰国`. */
function fromSettled(view: SentenceView): (RelationCandidate | undefined)[] {
  return findCues(view, SETTLED_CUE).map((cue) => {
    const before = view.mentions.filter((m) => m.end <= cue.start).pop();
    const after = view.mentions.find((m) => m.start >= cue.end);
    if (!before || !after || !isLocatable(before) || after.kind !== 'Country') return undefined;
    if (!/^[”"」』》]?$/u.test(gapText(view, before.end, cue.start)) || gapText(view, cue.end, after.start) !== '') return undefined;
    return makeCandidate('LOCATED_IN', before, after, view, FIXED_CONFIDENCE, EXTRACTOR);
  });
}

/**
 * LOCATED_IN: a workshop, college, centre or programme abroad → its country, read from its name
 * (`坦桑尼亚鲁班工坊`), a country written just before it, `在C建设X`, or `X落户C`. `countries` are the
 * known country names (longest first), for finding one inside a name.
 */
export function findLocatedIn(view: SentenceView, countries: readonly string[]): RelationCandidate[] {
  return present([...fromNames(view, countries), ...fromAdjacentCountry(view), ...fromPlacePhrase(view), ...fromSettled(view)]);
}
