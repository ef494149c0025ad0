import type { EntityKind } from '../../graph/node-kind';
import type { EntityMention } from './entity-mention';
import { isPredicate } from './name-walk-words';
import { PREDICATE_VERBS } from './name-vocabulary';
import type { WordIndex } from './segment-words';

/**
 * `与X共建…`, `联合X共同…`: a partner named between a preposition and a verb of co-operation, found even when
 * it has no suffix and is in no lexicon (`与云岭数产共建`).
 */
const PARTNER = /(与|同|联合|携手)([^，,。；;、：:\s“”"（）()《》]{2,10}?)(共同|共建|合作|联合|签约|携手|签订|开展)/g;

/** Last words that show a partner is a firm (`…软件`, `…汽车`, `…科技`). */
const FIRM_ENDING = /(汽车|软件|科技|电子|股份|电气|机电|物流|网络|通信|能源|电力|制造|实业|传媒|食品|医药|铜管|钢铁|化工|建设)$/;
const PROPER_TAGS = new Set(['nr', 'nrt', 'nz', 'nt', 'x', 'j', 'eng']);
/** Class words jieba sometimes tags as names; a partner is one body, not a class. */
const CLASS_WORDS = /^(中小学|中小学校|高校|院校|企业|学校|政府|部门|行业|社会|地方|高中|普通高中|校企|政校|政校企)$/;

/** Partners named in co-operation phrases, where no other recogniser found anything. */
export function findPartnerMentions(text: string, index: WordIndex, mentions: readonly EntityMention[]): EntityMention[] {
  const taken = new Uint8Array(text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const found: EntityMention[] = [];
  for (const m of text.matchAll(PARTNER)) {
    const start = (m.index ?? 0) + m[1].length;
    const end = start + m[2].length;
    if (taken.subarray(start, end).some((x) => x === 1) || CLASS_WORDS.test(m[2])) continue;
    const first = index.words[index.wordAt[start]];
    const last = index.words[index.wordAt[end - 1]];
    if (first.start !== start || last.end !== end) continue;
    const words = index.words.slice(index.wordAt[start], index.wordAt[end - 1] + 1);
    // A name has a proper word, is not only a place (`泰国` alone is a country, not a partner) and has no predicate.
    const proper = words.some((w) => PROPER_TAGS.has(w.tag)) || (words.some((w) => w.tag === 'ns') && words.some((w) => w.tag !== 'ns'));
    if (!proper || words.some((w) => isPredicate(w.word, PREDICATE_VERBS) || w.tag.startsWith('v'))) continue;
    const kind: EntityKind = FIRM_ENDING.test(m[2]) ? 'Enterprise' : 'Organization';
    found.push({ kind, surface: m[2], start, end, generic: false });
  }
  return found;
}
