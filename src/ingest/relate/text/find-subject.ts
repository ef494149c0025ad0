import type { EntityMention } from '../../recognise';
import { ACTOR_KINDS, clauseAt, gapText, type SentenceView } from './sentence-view';

/**
 * What may come before a subject at the opening of a sentence or clause: dates, `近年来`, `同时`, a
 * figure caption (`图 2-1`), a case heading (`【案例 3-5】`). Matched against the gap with white space removed.
 */
const OPENING =
  /^(?:(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|底|初|末|度)?|近年来|近[一二两三四五]年(?:来)?|目前|当前|截至\S{0,10}?|同时|此外|另外|其中|与此同时|全年|[图表]\d+(?:-\d+)*|【[^】]{1,12}】)[，,]?)*$/u;

/** How a sentence opens when its subject is the one of an earlier sentence: `与…合作`, `联合…`, `学校…`. */
const SUBJECTLESS_START = /^(?:与|同|联合(?![体国会])|携手|协同|签约|签署|并|还|学校|该校|本校|学院|该院|其|共同|先后|随后|牵头|加入|成立|打造|建设|建成|挂牌)/u;

/** How the actor doing something was found, most certain first. */
export type AgentVia = 'adjacent' | 'clause' | 'sentence' | 'topic';

/** The actor behind a verb or a cue, and how it was found. */
export interface Agent {
  mention: EntityMention;
  via: AgentVia;
}

/** True when `gap` (white space removed) is only opening adverbials. */
function isOpening(gap: string): boolean {
  return OPENING.test(gap);
}

/** The named mention opening the span at `from` (before `limit`) after adverbials only, if any. */
export function openingMention(view: SentenceView, from: number, limit: number): EntityMention | undefined {
  const first = view.mentions.find((m) => m.start >= from);
  if (!first || first.start >= limit || !isOpening(gapText(view, from, first.start))) return undefined;
  return first;
}

/** The actor a span opens with (`重庆工程职业技术学院紧跟…`), unless it is a possessor (`X的…`). */
function openingActor(view: SentenceView, from: number, limit: number): EntityMention | undefined {
  const first = openingMention(view, from, limit);
  if (!first || !ACTOR_KINDS.has(first.kind) || view.masked[first.end] === '的') return undefined;
  return first;
}

/** The actor the sentence opens with. */
export function findSentenceSubject(view: SentenceView): EntityMention | undefined {
  return openingActor(view, view.start, view.end);
}

/** True when the sentence opens as if its subject were already known (`与长安汽车筹建…`, `学校联合…`). */
export function opensWithoutSubject(view: SentenceView): boolean {
  const body = gapText(view, view.start, view.end);
  const opening = /^(?:(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|底|初|末|度)?|近年来|目前|同时|此外|另外|其中)[，,]?)*/u.exec(body);
  return SUBJECTLESS_START.test(body.slice(opening ? opening[0].length : 0));
}

/** Only a few characters of Chinese (an adverb such as `深度`, `高标准`) between an actor and its verb. */
const ADVERB_GAP = /^\p{Script=Han}{0,4}$/u;

/**
 * The actor behind the cue at `pos`: the actor just before it, else the actor its clause opens with,
 * else the sentence subject, else the topic carried from an earlier sentence. Mentions in `exclude`
 * (the other parties of the same act) are never the agent.
 */
export function findAgent(view: SentenceView, pos: number, exclude: ReadonlySet<EntityMention> = new Set()): Agent | undefined {
  const before = view.mentions.filter((m) => m.end <= pos);
  const last = before[before.length - 1];
  if (last && ACTOR_KINDS.has(last.kind) && !exclude.has(last) && ADVERB_GAP.test(gapText(view, last.end, pos))) {
    return { mention: last, via: 'adjacent' };
  }
  const clause = clauseAt(view, pos);
  const opening = openingMention(view, clause.start, pos);
  if (opening) {
    // A clause with a subject of its own does not borrow the sentence's.
    if (!ACTOR_KINDS.has(opening.kind) || exclude.has(opening) || view.masked[opening.end] === '的') return undefined;
    return { mention: opening, via: 'clause' };
  }
  if (view.subject && view.subject.end <= pos && !exclude.has(view.subject)) return { mention: view.subject, via: 'sentence' };
  if (view.topic && !exclude.has(view.topic)) return { mention: view.topic, via: 'topic' };
  return undefined;
}
