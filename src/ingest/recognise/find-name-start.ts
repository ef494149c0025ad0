import { LEADING_ONLY_VERBS, NAME_TAGS, PLURAL_DETERMINERS, PREDICATE_VERBS, PROGRAMME_PREDICATES } from './name-vocabulary';
import {
  ALWAYS_STOP,
  JOINABLE_KINDS,
  PLACE_TAGS,
  compassInName,
  continuesPlace,
  isPredicate,
  isPunct,
  joinerIsInsideName,
  openingBefore,
  startsWithJurisdiction,
} from './name-walk-words';
import type { WordIndex } from './segment-words';
import { endsWithNamedBody, longestSuffixAt, type SuffixRule } from './suffix-rules';

/** Longest name the walk builds; policy texts have longer run-ons than real names. */
const MAX_NAME = 32;
const MAX_GROUP = 14;
const MAX_QUOTED = 24;

/** Where a name ends at `suffixStart` starts, and whether a plural determiner (`各`, `有关`) opens it. */
export interface NameStart {
  start: number;
  determiner: boolean;
}

const OFFICE_END = /[委府局部厅司办室]$/;
/** Tags of proper words after which a two-character verb is still inside the name (`重庆市|预制|菜`). */
const PROPER_LEFT_TAGS = new Set(['ns', 'nz', 'x', 'j', 'nt', 'eng']);
const NAME_JOINERS = new Set(['和', '及']);
const DASHES = new Set(['-', '—', '–', '·', '－']);
const LEADING_TRIM_TAGS = new Set(['v', 'vn', 'vd', 'vi', 'd', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'm', 'q', 'r', 'y', 'e', 'o']);

/**
 * Walks left from `suffixStart` over the words that can belong to a name and returns where the name starts.
 * Stops at punctuation, predicates (`支持`, `联合`), function words, and the end of another name.
 */
export function findNameStart(text: string, index: WordIndex, suffixStart: number, rule: SuffixRule): NameStart {
  const { words, wordAt } = index;
  const use = rule.use;
  const predicates = use === 'programme' ? PROGRAMME_PREDICATES : PREDICATE_VERBS;
  let start = suffixStart;
  let wi: number;
  if (suffixStart > 0 && suffixStart < text.length && words[wordAt[suffixStart]].start < suffixStart) {
    // A word straddles the suffix start (`工商职业|学院`): its left part is glued to the name.
    const straddling = words[wordAt[suffixStart]];
    if (ALWAYS_STOP.has(straddling.word) || PREDICATE_VERBS.has(straddling.word)) return { start, determiner: false };
    start = straddling.start;
    wi = wordAt[suffixStart] - 1;
  } else {
    wi = suffixStart > 0 ? wordAt[suffixStart - 1] : -1;
  }
  let determiner = false;
  while (wi >= 0) {
    const w = words[wi];
    if (suffixStart - w.start > MAX_NAME) break;
    if (endsWithNamedBody(text, w.end)) break;
    if (PLURAL_DETERMINERS.has(w.word) || (/^各./.test(w.word) && (w.tag === 'r' || w.tag === 'x'))) {
      start = w.start;
      determiner = true;
      break;
    }
    if (w.word === ')' || w.word === '）') {
      const open = openingBefore(text, w.start, w.word === ')' ? '(' : '（', MAX_GROUP);
      if (open === undefined || open === w.start - 1) break;
      start = open;
      wi = wordAt[open] - 1;
      continue;
    }
    if (w.word === '”' || w.word === '"') {
      const open = openingBefore(text, w.start, w.word === '”' ? '“' : '"', MAX_QUOTED);
      // A quoted phrase opens the name (`“红岩思政”教育联盟`, `“学历证书+若干职业技能等级证书”制度试点`) unless it is
      // a name of its own followed directly by a head noun (`“双高计划”学校`).
      if (open !== undefined && open < w.start - 1 && (w.end < suffixStart || !longestSuffixAt(text, w.start))) start = open;
      break;
    }
    if (w.word === ' ') {
      // One space inside a name only next to Latin letters: `华为 ICT 产业学院`, `Diom 集团`.
      const left = words[wi - 1];
      const right = text.slice(w.end, w.end + 1);
      if (left && (/^[A-Za-z]/.test(left.word) || /[A-Za-z]/.test(right)) && !isPunct(left.word)) {
        start = w.start;
        wi--;
        continue;
      }
      break;
    }
    if (/^[\u4e00-\u9fff][市区县]$/.test(w.word) && w.tag === 'x' && isPredicate(w.word[0], PREDICATE_VERBS)) {
      // jieba glues a preposition to a short jurisdiction (`由区|教委`): the name starts after it.
      start = w.start + 1;
      break;
    }
    if (DASHES.has(w.word)) {
      const left = words[wi - 1];
      if (start < suffixStart && left && NAME_TAGS.has(left.tag) && !isPunct(left.word)) {
        start = w.start;
        wi--;
        continue;
      }
      break;
    }
    if (isPunct(w.word)) break;
    if (NAME_JOINERS.has(w.word)) {
      if (use === 'programme' || use === 'category' || !JOINABLE_KINDS.has(rule.kind) || !joinerIsInsideName(text, index, wi)) break;
      start = w.start;
      wi--;
      continue;
    }
    if (ALWAYS_STOP.has(w.word) || isPredicate(w.word, predicates)) break;
    if (w.tag.startsWith('v')) {
      // Verbs inside names are industry words (`智能制造`, `产教融合实践中心`) or a glued single character (`智能网联`).
      const left = words[wi - 1];
      const glued =
        w.tag === 'vn' ||
        use === 'programme' ||
        LEADING_ONLY_VERBS.has(w.word) ||
        (w.word.length === 1 && left !== undefined && NAME_TAGS.has(left.tag) && !isPunct(left.word)) ||
        (w.word.length === 2 && left !== undefined && PROPER_LEFT_TAGS.has(left.tag) && !isPunct(left.word));
      if (!glued) break;
    } else if (w.tag === 'f') {
      // Compass words belong to names (`西部职教基地`, `渝西片区`); a bare `中` only before a one-character country (`中俄`).
      if (!compassInName(words, wi)) break;
    } else if (!NAME_TAGS.has(w.tag) || (w.tag === 'a' && w.word.length === 1 && !PLACE_TAGS.has(words[wi - 1]?.tag ?? '') && words[wi - 1]?.tag !== 'f')) {
      break;
    }
    // Two offices in a row are two names (`重庆市委|市政府`) unless the first is the parent (`重庆市委|宣传部`).
    if (startsWithJurisdiction(words[wordAt[start]]?.word ?? '') && start < suffixStart && OFFICE_END.test(w.word)) break;
    start = w.start;
    wi--;
    // A place opens a name: what precedes it belongs to the sentence (`产业发展|重庆科创职业学院`), unless it is a place too.
    if ((PLACE_TAGS.has(w.tag) || (w.tag === 'f' && w.word.length >= 2)) && wi >= 0 && !continuesPlace(words[wi]) && !(words[wi].tag === 'f' && compassInName(words, wi))) break;
  }
  return { start: trimLeading(text, index, start, suffixStart, use === 'programme'), determiner };
}

/**
 * Drops verbs and function words the walk let in at the front (`建设新能源汽车…联合体` → `新能源汽车…联合体`).
 * Programme names are verb phrases (`教学创新团队建设计划`), so there only predicates and function words go.
 */
function trimLeading(text: string, index: WordIndex, start: number, suffixStart: number, programme: boolean): number {
  const { words, wordAt } = index;
  let s = start;
  while (s < suffixStart) {
    if (text[s] === '(' || text[s] === '（' || text[s] === '“' || text[s] === '"') break;
    const w = words[wordAt[s]];
    if (w.start !== s || w.end > suffixStart) break;
    const verb = programme ? PROGRAMME_PREDICATES.has(w.word) : PREDICATE_VERBS.has(w.word) || LEADING_ONLY_VERBS.has(w.word);
    const tagged = LEADING_TRIM_TAGS.has(w.tag) && !(programme && w.tag.startsWith('v'));
    const trimmable = verb || tagged || (w.tag === 'f' && w.word.length === 1 && !compassInName(words, wordAt[s]));
    if (!trimmable || PLURAL_DETERMINERS.has(w.word) || /^各./.test(w.word)) break;
    if (!verb && w.tag === 'vn' && NAME_TAGS.has(words[wordAt[s] + 1]?.tag ?? '') === false) break;
    s = w.end;
  }
  return s;
}
