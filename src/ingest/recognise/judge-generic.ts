import { NAME_OPENING_TAGS, PLACE_PREFIX, PLURAL_DETERMINERS, QUALIFIERS } from './name-vocabulary';
import type { WordIndex } from './segment-words';
import type { SuffixRule } from './suffix-rules';

/**
 * Heads that name a class when only a place stands before them: `重庆市职业学校` is Chongqing's vocational
 * schools, while `重庆大学` is one university.
 */
const CLASS_HEADS = new Set([
  '职业学校', '学校', '中等专业学校', '技工学校', '技师学院', '职业中学', '中学', '专科学校', '高等专科学校',
  '产教联合体', '联合体', '共同体', '产业学院', '企业学院', '联盟', '职业教育集团', '职教集团', '工坊', '工作坊',
]);

/**
 * Heads of school names that policy texts mostly use as types (`特殊教育学校`, `公办职业学校`): named only when
 * the name opens with a place or another proper word (`重庆市工艺美术学校`).
 */
const SCHOOL_TYPE_HEADS = new Set(['学校', '职业学校', '中学', '职业中学', '技工学校', '中等专业学校']);

/** A number and a measure word right before or after a name make it a count of a class: `14 个市域产教联合体`, `乡村振兴学院 56 个`. */
const COUNT_BEFORE = /(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:余|多)?\s*(?:个|所|家|项|类|批|种)\s*$/;
// After the name the count must close the phrase: in `重庆工业职业技术大学2所本科层次职业学校` it counts the noun after it.
const COUNT_AFTER = /^\s*(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:余|多)?\s*(?:个|所|家|项|类|批|种)(?![\p{Script=Han}])/u;

/** True when a number and a measure word stand right before or after the span: it counts a class (`“鲁班工坊”2个`). */
export function isCounted(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start).replace(/[“”"]$/, '');
  return COUNT_BEFORE.test(before) || COUNT_AFTER.test(text.slice(end, end + 8).replace(/^[“”"]/, ''));
}

/** Why a mention is generic; `qualifiers` and `type` mentions are cut back to their qualifiers and head. */
export type GenericReason = 'category' | 'determiner' | 'count' | 'qualifiers' | 'type' | undefined;

/** Removes qualifiers (and, when `places`, place words) from the front until none is left. */
export function stripQualifiers(modifier: string, places: boolean): string {
  let rest = modifier.replace(/[\s“”"]/g, '');
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    for (const q of QUALIFIERS) {
      if (rest.startsWith(q)) {
        rest = rest.slice(q.length);
        changed = true;
        break;
      }
    }
    if (!changed && places) {
      const place = PLACE_PREFIX.exec(rest);
      if (place) {
        rest = rest.slice(place[0].length);
        changed = true;
      }
    }
  }
  return rest;
}

/**
 * Where the run of qualifiers and places that ends at `headStart` begins, at a word edge: a category keeps
 * only those (`激活行业企业` → `行业企业`).
 */
export function qualifierRunStart(text: string, index: WordIndex, start: number, headStart: number): number {
  for (let i = start; i < headStart; i++) {
    if (index.words[index.wordAt[i]].start !== i || /[\p{P}\s]/u.test(text[i])) continue;
    if (stripQualifiers(text.slice(i, headStart), true).length === 0) return i;
  }
  return headStart;
}

/**
 * Says whether the mention `[start, end)` with head `rule` stands for a class or a plural rather than one
 * named thing — opened by a determiner, counted, or made only of qualifiers (and places, for class heads)
 * before its head — and why.
 */
export function judgeGeneric(
  text: string,
  index: WordIndex,
  start: number,
  end: number,
  rule: SuffixRule,
  determiner: boolean,
): GenericReason {
  if (rule.use === 'category') return 'category';
  const surface = text.slice(start, end);
  if (determiner || [...PLURAL_DETERMINERS].some((d) => d.length >= 2 && surface.startsWith(d))) return 'determiner';
  if (isCounted(text, start, end)) return 'count';
  if (rule.use === 'office' || /[“"]/.test(surface)) return undefined;
  const headStart = end - rule.suffix.length;
  const modifier = text.slice(start, headStart).replace(/[(（][^)）]*[)）]/g, '');
  if (stripQualifiers(modifier, false).length === 0) return 'qualifiers';
  if (CLASS_HEADS.has(rule.suffix) && stripQualifiers(modifier, true).length === 0) return 'qualifiers';
  if (SCHOOL_TYPE_HEADS.has(rule.suffix)) {
    const first = index.words[index.wordAt[start]];
    if (!NAME_OPENING_TAGS.has(first.tag) && !PLACE_PREFIX.test(surface)) return 'type';
  }
  return undefined;
}
