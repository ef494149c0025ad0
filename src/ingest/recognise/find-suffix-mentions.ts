import type { EntityKind } from '../../graph/node-kind';
import { findNameStart } from './find-name-start';
import type { GazetteerIndex } from './gazetteer-index';
import { judgeGeneric, qualifierRunStart, stripQualifiers } from './judge-generic';
import { JURISDICTION_MARKERS, NOT_JURISDICTION, NOT_OFFICE_ENDINGS, NOT_OFFICES, PLACE_PREFIX } from './name-vocabulary';
import type { WordIndex } from './segment-words';
import { SUFFIX_RULES, longestSuffixAt, type SuffixRule } from './suffix-rules';

/** A mention before overlaps between recognisers are settled. */
export interface Candidate {
  kind: EntityKind;
  start: number;
  end: number;
  generic: boolean;
  /** Higher wins when two candidates cover the same span. */
  weight: number;
}

const LAST_CHARS = new Set(SUFFIX_RULES.map((r) => r.suffix[r.suffix.length - 1]));
const OFFICE_WORD_TAGS = new Set(['n', 'nt', 'nz', 'j', 'l', 'i', 'x', 'nr']);
const PLACE_TAGS = new Set(['ns', 'nt']);
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'nt', 'j', 'x', 'eng']);
const TRAILING_GROUP = /^[(（]([^()（）,，。；;：:、\s“”]{1,12})[)）]/;
const NOT_QUALIFYING_GROUP = /^(以下|简称|下称|含|包括|试行|草案|暂行|征求意见|第|原|现|今|即|\d)/;
/** An office abbreviation that opens a document number (`教职成司函〔2024〕29号`) is not a mention of the office. */
const DOC_NUMBER_AFTER = /^(函|发|字|办发|办函|令)?\s*[〔\[【(（]\s*\d{4}/;

/** `布局`, `新格局`, `党员干部`: words that end in an office character without being offices. */
function isNotOffice(word: string): boolean {
  return NOT_OFFICES.has(word) || NOT_OFFICE_ENDINGS.some((ending) => word.endsWith(ending));
}

/** True when the first word of the name marks a jurisdiction (`区`, `市委`, `重庆市`, `国家`) — what makes `区…局` an office. */
function opensWithJurisdiction(index: WordIndex, start: number): boolean {
  const first = index.words[index.wordAt[start]];
  if (JURISDICTION_MARKERS.has(first.word) || PLACE_TAGS.has(first.tag) || first.word === '国家') return true;
  return /^[市区县]/.test(first.word) && first.tag === 'x' && !NOT_JURISDICTION.test(first.word);
}

/**
 * What stands before `政府` must be a place or a jurisdiction marker (`市政府`, `中国政府`, `各区县政府`):
 * `国务院政府特殊津贴` is the State Council's allowance, not a government called 国务院政府.
 */
function governedPlace(text: string, index: WordIndex, start: number, suffixStart: number): boolean {
  const modifier = text.slice(start, suffixStart);
  const last = index.words[index.wordAt[suffixStart - 1]];
  return /[省市区县镇乡]$/.test(modifier) || last.tag === 'ns' || /^各/.test(modifier) || /(地方|当地|基层|各级)$/.test(modifier);
}

/** An office character (`局`, `部`, `委`…) ends an office only as part of an office word or after a jurisdiction. */
function isOffice(text: string, index: WordIndex, suffixStart: number, end: number, start: number): boolean {
  const w = index.words[index.wordAt[suffixStart]];
  if (w.end !== end || isNotOffice(w.word)) return false;
  if (w.word.length >= 2) return OFFICE_WORD_TAGS.has(w.tag);
  return start < suffixStart && opensWithJurisdiction(index, start);
}

/**
 * An office named by no jurisdiction: a bare two-character word (`党委`, `教委`, but not `市委`) or an office word
 * after qualifiers only (`当地党委`).
 */
function isGenericOffice(text: string, index: WordIndex, start: number, suffixStart: number): boolean {
  const word = index.words[index.wordAt[suffixStart]];
  if (start < word.start) return stripQualifiers(text.slice(start, word.start), false).length === 0;
  return word.word.length <= 2 && word.tag !== 'nt' && !/^[市区县省]/.test(word.word);
}

/** The kind a `…中心` takes: an office after a jurisdiction, an organisation after a place, otherwise none. */
function centreKind(index: WordIndex, start: number, text: string): EntityKind | undefined {
  const first = index.words[index.wordAt[start]];
  if (JURISDICTION_MARKERS.has(first.word) && first.word.length <= 3 && !/^重庆/.test(first.word)) return 'GovernmentBody';
  if (PLACE_TAGS.has(first.tag) || PLACE_PREFIX.test(text.slice(start))) return 'Organization';
  return undefined;
}

function hasProperWord(index: WordIndex, start: number, end: number): boolean {
  for (let i = index.wordAt[start]; i < index.words.length && index.words[i].start < end; i++) {
    if (PROPER_TAGS.has(index.words[i].tag) && /\p{Script=Han}|[A-Za-z]/u.test(index.words[i].word)) return true;
  }
  return false;
}

/** The kind, after what the name says about itself: a foreign school is an Organization, a `…中心` depends on its front. */
function refineKind(rule: SuffixRule, text: string, index: WordIndex, start: number, suffixStart: number, gazetteer?: GazetteerIndex): EntityKind | undefined {
  const modifier = text.slice(start, suffixStart);
  if (rule.use === 'centre') return centreKind(index, start, text);
  if (rule.kind === 'Community' && !/产教|职教|教育|行业|职业|人才|院校|学校/.test(modifier)) return undefined;
  const country = gazetteer?.prefixOfKind(text, start, 'Country');
  if (country && rule.kind === 'School' && country.name !== '中国') return 'Organization';
  return rule.kind;
}

/**
 * Finds names by their last word (`…职业技术学院`, `…有限公司`, `区…局`), walking left over jieba words to
 * find where each name starts, so names never seen before are found too.
 */
export function findSuffixMentions(text: string, index: WordIndex, gazetteer?: GazetteerIndex): Candidate[] {
  const found: Candidate[] = [];
  const { words, wordAt } = index;
  for (let end = 1; end <= text.length; end++) {
    if (!LAST_CHARS.has(text[end - 1])) continue;
    const rule = longestSuffixAt(text, end);
    if (!rule) continue;
    const suffixStart = end - rule.suffix.length;
    const last = words[wordAt[end - 1]];
    // The suffix must not sit inside a longer word (`大学` in `大学生`); a word that only begins inside it is a cut artefact.
    if (last.end > end && last.start <= suffixStart) continue;
    const walked = findNameStart(text, index, suffixStart, rule);
    const { determiner } = walked;
    let start = rule.use === 'category' && !determiner ? qualifierRunStart(text, index, walked.start, suffixStart) : walked.start;
    if (rule.use === 'office' && !isOffice(text, index, suffixStart, end, start)) continue;
    if (rule.kind === 'GovernmentBody' && DOC_NUMBER_AFTER.test(text.slice(end, end + 10))) continue;
    if (rule.suffix === '政府' && start < suffixStart && !governedPlace(text, index, start, suffixStart)) continue;
    if (start === suffixStart && rule.use !== 'category' && rule.suffix.length < 4 && rule.use !== 'office') continue;
    const kind = refineKind(rule, text, index, start, suffixStart, gazetteer);
    if (!kind) continue;
    let stop = end;
    const group = rule.use === 'category' ? null : TRAILING_GROUP.exec(text.slice(end));
    if (group && !NOT_QUALIFYING_GROUP.test(group[1]) && start < suffixStart) stop = end + group[0].length;
    const reason = judgeGeneric(text, index, start, end, rule, determiner);
    let generic = reason !== undefined;
    if (reason === 'qualifiers' || reason === 'type') start = qualifierRunStart(text, index, start, suffixStart);
    if (!generic && rule.kind === 'Project' && !/[“"]/.test(text.slice(start, end))) generic = !hasProperWord(index, start, suffixStart);
    if (!generic && rule.use === 'office') generic = isGenericOffice(text, index, start, suffixStart);
    if (generic) stop = end;
    found.push({ kind, start, end: stop, generic, weight: generic ? 1 : 2 });
  }
  return found;
}
