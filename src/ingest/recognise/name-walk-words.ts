/** How single words behave at the left edge of a name: the tests `findNameStart` makes while it walks. */
import { JURISDICTION_MARKERS, NAME_OPENING_TAGS, NAME_TAGS, PREDICATE_VERBS } from './name-vocabulary';
import type { WordIndex } from './segment-words';
import { longestSuffixAt } from './suffix-rules';

/** Words that always end the walk: predicates of co-operation and function words. */
export const ALWAYS_STOP: ReadonlySet<string> = new Set(['共建', '共投', '共管', '共享', '共育', '共研', '联合', '牵头', '支持', '依托', '下属', '所属', '等', '的', '暨']);

/** Tags of place words: a name that has reached one starts there unless more place words precede it. */
export const PLACE_TAGS: ReadonlySet<string> = new Set(['ns', 'nrt']);

const INNER_PUNCT = /[,，。；;：:、！？!?\n\r\t《》<>“”"'‘’]/;

/** The index of the bracket that opens the group closing at `close`, if the group is short and clean. */
export function openingBefore(text: string, close: number, open: string, limit: number): number | undefined {
  for (let i = close - 1; i >= Math.max(0, close - limit); i--) {
    if (text[i] === open) return i;
    if (INNER_PUNCT.test(text[i]) || text[i] === ')' || text[i] === '(') return undefined;
  }
  return undefined;
}

/**
 * True when the joiner (`和`, `及`) at `joinerWord` is part of a name (`重庆市人力资源和社会保障局`): the piece
 * before it, back to the last stop, is short, opens like a name and does not itself end one
 * (`智能制造有限公司和盟讯科技有限公司` lists two firms).
 */
export function joinerIsInsideName(text: string, index: WordIndex, joinerWord: number): boolean {
  const { words } = index;
  const joiner = words[joinerWord];
  // An organisation word or a suffix right before the joiner ends a name of its own (`国务院和市委`).
  if (longestSuffixAt(text, joiner.start) || words[joinerWord - 1]?.tag === 'nt') return false;
  let first = -1;
  for (let i = joinerWord - 1; i >= 0; i--) {
    const w = words[i];
    if (isPunct(w.word) || !NAME_TAGS.has(w.tag) || ALWAYS_STOP.has(w.word)) break;
    if ((w.tag.startsWith('v') && w.tag !== 'vn') || PREDICATE_VERBS.has(w.word)) return false;
    first = i;
  }
  if (first < 0 || joiner.start - words[first].start > 8) return false;
  // Only a piece that opens like a name (a place, an unknown word, a jurisdiction) is glued on: not `高技能人才和…`.
  const opening = words[first];
  return NAME_OPENING_TAGS.has(opening.tag) || JURISDICTION_MARKERS.has(opening.word) || opening.word === '国家';
}

/** Joiners glue two halves of one name only in names of bodies and firms (`发展和改革委员会`, `华飞安和水电有限公司`). */
export const JOINABLE_KINDS: ReadonlySet<string> = new Set(['GovernmentBody', 'Enterprise', 'Alliance', 'Community', 'Organization']);

/** A word that is, or ends in, a predicate (`逐步提高`, `积极参与`), so it cannot be part of a name. */
export function isPredicate(word: string, predicates: ReadonlySet<string>): boolean {
  return predicates.has(word) || (word.length >= 3 && predicates.has(word.slice(-2)));
}

/** True when the compass word at `wi` is part of a name rather than a position word (`以下`, `其中`). */
export function compassInName(words: WordIndex['words'], wi: number): boolean {
  const w = words[wi];
  if (w.word.length >= 2) return !/^(以下|以上|之间|其中|之中|期间|之后|之前|以来|中间|之上|之下|以内|以外)$/.test(w.word);
  const next = words[wi + 1];
  const prev = words[wi - 1];
  if (w.word === '中') return next?.word.length === 1 && (next.tag === 'j' || next.tag === 'ns');
  return /^[东西南北]$/.test(w.word) && prev?.word.length === 1 && (prev.tag === 'j' || prev.tag === 'ns');
}

/** A word that starts with a jurisdiction marker (`市`, `区政府`, `重庆市`) and so opens an office's name. */
export function startsWithJurisdiction(word: string): boolean {
  return JURISDICTION_MARKERS.has(word) || /^(市|区|县)(委|政府)?$/.test(word);
}

/** Words that may stand before a place inside one name: more places, organisations, brackets and dashes. */
export function continuesPlace(w: { word: string; tag: string }): boolean {
  return PLACE_TAGS.has(w.tag) || w.tag === 'nt' || /^[)）\-—–·]$/.test(w.word) || JURISDICTION_MARKERS.has(w.word) || /^(中国|国家|全国)$/.test(w.word);
}

/** True when the word is only punctuation, symbols or spaces. */
export function isPunct(word: string): boolean {
  return /^[\p{P}\p{S}\s]+$/u.test(word);
}
