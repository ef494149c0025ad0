import type { EntityMention } from '../../recognise';
import { JOINT_VERBS } from './cue-words';
import { findAgent, openingMention, type Agent } from './find-subject';
import { readPartyList, type PartyList } from './read-party-list';
import { ACTOR_KINDS, clauseAt, findCues, gapText, mentionsWithin, type SentenceView } from './sentence-view';

/**
 * Parties doing something together in one sentence:
 * - `with`: `A与B、C共建…` — the agent acts with the listed parties (the verb comes after them);
 * - `together`: `A联合/携手B、C…` — the cue is the verb;
 * - `group`: `A、B联合建设…` — the listed parties act as one, and there is no separate agent.
 */
export interface JointAct {
  form: 'with' | 'together' | 'group';
  agent?: Agent;
  parties: EntityMention[];
  /** Offset after the parties: what they do, and what they build, comes from here on. */
  after: number;
  /** Every named mention between the cue and the verb: listed or not, none of them is the agent of what follows. */
  covered: EntityMention[];
  /** The joint verb (`共建`, `联合`, `联合发起`). */
  verb: string;
  /** `联合发起成立`: founders, whose tie is the body they found. */
  founding: boolean;
}

/** `与`/`同` as a preposition, not inside `参与`, `给与`, `与会`, `与否`, `同时`, `同类` … */
const WITH_CUE = /(?<![参给赋授])与(?![会否其])|(?<![共协相不会])同(?![时步等类样比期级])/gu;
/** `联合` as a verb, not in `联合体`, `联合国`, `联合会`. */
const TOGETHER_CUE = /联合(?![体国会])|携手|联手|协同|签约/gu;
/** After `与B…`: an open-list tail (`等13所中职学校`), a few words, then the joint verb. */
const WITH_TAIL = new RegExp(`^(?:等[^，,、；;。]{0,14}?)?[\\p{Script=Han}\\d“”]{0,8}?(${JOINT_VERBS})`, 'u');
/** The joint verb where the list reading stopped (`与A、在坦中企B共建…`, B having been skipped). */
const VERB_HERE = new RegExp(`^(?:${JOINT_VERBS})`, 'u');
/** Unnamed words the list reader may have passed over before that verb. */
const LONGEST_SKIPPED = 20;
/** After `A、B…`: the verb that makes the list a group acting together. */
const GROUP_VERB = /^\p{Script=Han}{0,4}?(联合发起|共同发起|联合|共同|携手|合作|共建|联建|签署|签订)/u;
/** Issuing a document together (`联合印发`) is an act of office, not a partnership. */
const ISSUING = /^[\s\uE000]*(?:印发|发布|发文|出台|下发|颁布|转发)/u;

/** The joint verb after `与B…`: in the tail after the last member, or where the list reader stopped after passing over unnamed words. */
function withVerb(view: SentenceView, list: PartyList, clauseEnd: number): { verb: string; verbEnd: number; after: number } | undefined {
  const tail = WITH_TAIL.exec(gapText(view, list.end, clauseEnd));
  if (tail) {
    const verbEnd = list.end + view.masked.slice(list.end).indexOf(tail[1]) + tail[1].length;
    return { verb: tail[1], verbEnd, after: list.end };
  }
  if (gapText(view, list.end, list.verbAt).length > LONGEST_SKIPPED) return undefined;
  const late = VERB_HERE.exec(view.masked.slice(list.verbAt, clauseEnd));
  return late ? { verb: late[0], verbEnd: list.verbAt + late[0].length, after: list.verbAt } : undefined;
}

function readWith(view: SentenceView, cue: { start: number; end: number }): JointAct | undefined {
  const clause = clauseAt(view, cue.start);
  const list = readPartyList(view, cue.end, clause.end);
  if (list.members.length === 0) return undefined;
  if (view.masked[cue.start] === '同' && gapText(view, cue.end, list.members[0].start) !== '') return undefined;
  const found = withVerb(view, list, clause.end);
  if (!found || ISSUING.test(view.masked.slice(found.verbEnd, clause.end))) return undefined;
  const agent = findAgent(view, cue.start, new Set(list.members));
  const covered = mentionsWithin(view, cue.end, found.after);
  return agent && { form: 'with', agent, parties: list.members, after: found.after, covered, verb: found.verb, founding: false };
}

function readTogether(view: SentenceView, cue: { start: number; end: number; cue: string }): JointAct | undefined {
  const clause = clauseAt(view, cue.start);
  const list = readPartyList(view, cue.end, clause.end);
  if (list.members.length === 0) return undefined;
  if (ISSUING.test(view.masked.slice(list.end, clause.end))) return undefined;
  const agent = findAgent(view, cue.start, new Set(list.members));
  const covered = mentionsWithin(view, cue.end, list.end);
  return { form: 'together', agent, parties: list.members, after: list.end, covered, verb: cue.cue, founding: false };
}

/** Verbs of office that may stand before a group (`推动A、B共同组建…`, `支持A、B联合…`). */
const ENABLING = /(?:推动|支持|鼓励|引导|组织|指导|促进|推进|帮助|由)$/u;

/** The first named mention of a clause when it opens the clause or follows an enabling verb there. */
function groupStart(view: SentenceView, from: number, limit: number): EntityMention | undefined {
  const opening = openingMention(view, from, limit);
  if (opening) return opening;
  const first = view.mentions.find((m) => m.start >= from);
  return first && first.start < limit && ENABLING.test(gapText(view, from, first.start)) ? first : undefined;
}

function readGroup(view: SentenceView, from: number, limit: number): JointAct | undefined {
  const first = groupStart(view, from, limit);
  if (!first || !ACTOR_KINDS.has(first.kind)) return undefined;
  const list = readPartyList(view, first.start, limit);
  if (list.members.length < 2 || list.members[0] !== first) return undefined;
  const verb = GROUP_VERB.exec(gapText(view, list.end, limit));
  if (!verb) return undefined;
  const verbEnd = list.end + view.masked.slice(list.end).indexOf(verb[1]) + verb[1].length;
  if (ISSUING.test(view.masked.slice(verbEnd, limit))) return undefined;
  const covered = mentionsWithin(view, first.start, list.end);
  return { form: 'group', parties: list.members, after: list.end, covered, verb: verb[1], founding: verb[1].endsWith('发起') };
}

/** Every joint act of the sentence, in text order of their cues. */
export function findJointActs(view: SentenceView): JointAct[] {
  const acts: JointAct[] = [];
  for (const clause of view.clauses) {
    const group = readGroup(view, clause.start, clause.end);
    if (group) acts.push(group);
  }
  for (const cue of findCues(view, WITH_CUE)) {
    const act = readWith(view, cue);
    if (act) acts.push(act);
  }
  for (const cue of findCues(view, TOGETHER_CUE)) {
    const act = readTogether(view, cue);
    if (act) acts.push(act);
  }
  return acts;
}
