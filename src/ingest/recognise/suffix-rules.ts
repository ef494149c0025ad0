import type { EntityKind } from '../../graph/node-kind';

/**
 * How a suffix is used:
 * - `name`: ends the name of one thing (`…职业技术学院`, `…有限公司`); generic only when its modifiers are.
 * - `office`: a one-character office word (`局`, `委`, `部`) that ends a word of many kinds, so it needs a
 *   jurisdiction in front (`区…局`) or a word jieba tags as an organisation (`财政部`).
 * - `centre`: `…中心` names a body only with a place or jurisdiction in front.
 * - `category`: a head noun that stands for a class of things (`职业院校`, `有关部门`); always generic.
 * - `programme`: names of plans and pilots, which are verb phrases (`教师素质提高计划`), so the walk to
 *   the left tolerates verbs and stops only at the clause's own predicate.
 */
export type SuffixUse = 'name' | 'office' | 'centre' | 'category' | 'programme';

/** A word that ends an entity name, the kind it makes, and how it is used. */
export interface SuffixRule {
  suffix: string;
  kind: EntityKind;
  use: SuffixUse;
}

const rules = (kind: EntityKind, use: SuffixUse, suffixes: string[]): SuffixRule[] =>
  suffixes.map((suffix) => ({ suffix, kind, use }));

/** Every suffix the recogniser knows; at one end position the longest one applies. */
export const SUFFIX_RULES: readonly SuffixRule[] = [
  ...rules('School', 'name', [
    '职业技术学院', '职业学院', '职业技术大学', '职业大学', '高等专科学校', '专科学校', '职业技术学校',
    '职业学校', '中等专业学校', '技师学院', '高级技工学校', '技工学校', '职业中学校', '职业中学', '中学校',
    '中学', '大学', '学院', '学校', '职业教育中心', '职教中心',
  ]),
  ...rules('IndustryCollege', 'name', ['产业学院', '企业学院', '现场工程师学院', '工程师学院']),
  ...rules('Workshop', 'name', ['工坊', '工作坊']),
  ...rules('Alliance', 'name', ['产教联合体', '联合体', '职业教育集团', '职教集团', '教育集团', '教育培训集团', '联盟']),
  ...rules('Community', 'name', ['共同体']),
  ...rules('Enterprise', 'name', [
    '股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '股份公司', '集团', '公司',
  ]),
  ...rules('GovernmentBody', 'name', [
    '人民政府', '政府', '委员会', '管委会', '管理委员会', '办公厅', '办公室', '办事处', '领导小组', '工委',
    '督导室', '人大常委会', '政协',
  ]),
  ...rules('GovernmentBody', 'office', ['局', '委', '厅', '部', '司', '办', '组']),
  ...rules('Organization', 'name', [
    '研究院', '研究所', '评估院', '科学院', '职业教育社', '协会', '学会', '基金会', '商会', '总工会', '工会', '日报', '报社',
  ]),
  ...rules('Organization', 'centre', ['中心']),
  ...rules('Programme', 'programme', ['计划', '制度试点', '行动计划']),
  ...rules('Project', 'programme', ['项目']),
  ...rules('School', 'category', ['职业院校', '高职院校', '中职院校', '技工院校', '院校', '高校', '高职学校', '中职学校']),
  ...rules('Enterprise', 'category', ['企业']),
  ...rules('GovernmentBody', 'category', ['部门', '街镇', '乡镇', '区县']),
];

interface TrieNode {
  children: Map<string, TrieNode>;
  rule?: SuffixRule;
}

/** Suffixes stored back to front, so the longest one ending at a position is found by walking left. */
function buildReverseTrie(all: readonly SuffixRule[]): TrieNode {
  const root: TrieNode = { children: new Map() };
  for (const rule of all) {
    let node = root;
    for (const ch of [...rule.suffix].reverse()) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map() }));
      node = next;
    }
    if (node.rule) throw new Error(`suffix "${rule.suffix}" is listed twice`);
    node.rule = rule;
  }
  return root;
}

const TRIE = buildReverseTrie(SUFFIX_RULES);

/** The longest known suffix that ends at `end` in `text`, if any. */
export function longestSuffixAt(text: string, end: number): SuffixRule | undefined {
  let node: TrieNode | undefined = TRIE;
  let found: SuffixRule | undefined;
  for (let i = end - 1; i >= 0 && node; i--) {
    node = node.children.get(text[i]);
    if (node?.rule) found = node.rule;
  }
  return found;
}

/** True when `text` up to `end` ends with a suffix that closes a school, firm or other named body (not an office). */
export function endsWithNamedBody(text: string, end: number): boolean {
  const rule = longestSuffixAt(text, end);
  return rule !== undefined && rule.use === 'name' && rule.kind !== 'GovernmentBody';
}
