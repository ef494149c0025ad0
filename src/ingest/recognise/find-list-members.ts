import type { EntityKind } from '../../graph/node-kind';
import type { EntityMention } from './entity-mention';
import { findNameStart } from './find-name-start';
import type { WordIndex } from './segment-words';
import type { SuffixRule } from './suffix-rules';

/** Category words that close a list of members: `重庆龙煜铜管、西门雷森等30余家企业`. */
const LIST_HEADS: Readonly<Record<string, EntityKind>> = {
  企业: 'Enterprise',
  行业企业: 'Enterprise',
  院校: 'School',
  高校: 'School',
  学校: 'School',
  职业院校: 'School',
};

/** `等`, an optional count, and the category: what closes the list. */
const CLOSING = /等\s*(?:\d+\s*(?:余|多)?\s*(?:家|所|个)\s*)?$/;
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'nt', 'x', 'j', 'eng']);
const MAX_ITEM = 20;

function hasProperWord(index: WordIndex, start: number, end: number): boolean {
  for (let i = index.wordAt[start]; i < index.words.length && index.words[i].start < end; i++) {
    const w = index.words[i];
    if (PROPER_TAGS.has(w.tag) && /\p{Script=Han}|[A-Za-z]/u.test(w.word)) return true;
  }
  return false;
}

/**
 * Names listed before a category (`A、B等N家企业`) are members of it, even without a suffix of their own:
 * each `、`-separated item that holds a proper word becomes a named mention of the category's kind.
 */
export function findListMembers(text: string, index: WordIndex, mentions: readonly EntityMention[]): EntityMention[] {
  const taken = new Uint8Array(text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const found: EntityMention[] = [];
  for (const head of mentions) {
    const kind = LIST_HEADS[head.surface];
    if (!head.generic || !kind) continue;
    const closing = CLOSING.exec(text.slice(Math.max(0, head.start - 12), head.start));
    if (!closing) continue;
    let end = head.start - closing[0].length;
    const rule: SuffixRule = { suffix: '', kind, use: 'name' };
    for (;;) {
      const start = findNameStart(text, index, end, rule).start;
      if (start >= end || end - start > MAX_ITEM) break;
      const occupied = taken.subarray(start, end).some((x) => x === 1);
      if (!occupied) {
        if (!hasProperWord(index, start, end)) break;
        found.push({ kind, surface: text.slice(start, end), start, end, generic: false });
        taken.fill(1, start, end);
      }
      if (text[start - 1] !== '、') break;
      end = start - 1;
    }
  }
  return found;
}

/**
 * Later uses of names learned from a list: the same name again, or without the place word it opened with
 * (`重庆龙煜铜管` … `龙煜铜管获评…`). Only whole-word uses outside other mentions count.
 */
export function findLaterUses(text: string, index: WordIndex, learned: readonly EntityMention[], taken: readonly EntityMention[]): EntityMention[] {
  const used = new Uint8Array(text.length);
  for (const m of [...taken, ...learned]) used.fill(1, m.start, m.end);
  const found: EntityMention[] = [];
  for (const m of learned) {
    const first = index.words[index.wordAt[m.start]];
    const variants = [m.surface];
    if (first.tag === 'ns' && first.start === m.start && m.end - first.end >= 2) variants.push(text.slice(first.end, m.end));
    for (const name of variants) {
      for (let at = text.indexOf(name, m.end); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        const aligned = index.words[index.wordAt[at]].start === at && index.words[index.wordAt[end - 1]].end === end;
        if (!aligned || used.subarray(at, end).some((x) => x === 1)) continue;
        used.fill(1, at, end);
        found.push({ kind: m.kind, surface: name, start: at, end, generic: false });
      }
    }
  }
  return found;
}
