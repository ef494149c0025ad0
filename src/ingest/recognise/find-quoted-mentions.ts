import type { Candidate } from './find-suffix-mentions';

/** A quoted name followed by the word that says what it is: `“双基地”项目`, `“打造市域产教联合体深化现代职业教育改革”项目`. */
const QUOTED_TYPED = /[“"]([^“”"\n,，。；;：:、]{2,24})[”"](项目|计划|工程|行动)/g;

const KIND_OF_TYPE = { 项目: 'Project', 计划: 'Programme', 工程: 'Programme', 行动: 'Programme' } as const;

/** Names in quotes whose type word follows the closing quote; the mention is the quoted text. */
export function findQuotedMentions(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(QUOTED_TYPED)) {
    const start = (m.index ?? 0) + 1;
    const kind = KIND_OF_TYPE[m[2] as keyof typeof KIND_OF_TYPE];
    found.push({ kind, start, end: start + m[1].length, generic: false, weight: 1 });
  }
  return found;
}
