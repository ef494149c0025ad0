import type { EntityKind } from '../../../graph/node-kind';
import type { EntityMention } from '../../recognise';
import type { RelationCandidate } from '../relation-candidate';
import { findBuiltObject, objectAfter } from './find-built-object';
import type { JointAct } from './find-joint-acts';
import { findAgent } from './find-subject';
import { FIXED_CONFIDENCE, NAME_CONFIDENCE, VIA_CONFIDENCE, makeCandidate, present } from './make-candidate';
import { readPartyList } from './read-party-list';
import { ACTOR_KINDS, clauseAt, findCues, mentionEndingAt, type SentenceView } from './sentence-view';

const EXTRACTOR = 'text-member-of@1';

/** Bodies with members: alliances, communities, associations; committees only where their members are listed. */
const BODY_KINDS: ReadonlySet<EntityKind> = new Set(['Alliance', 'Community', 'Organization']);
const isBody = (m: EntityMention) => BODY_KINDS.has(m.kind);
/** Parties listed after `联合`/`与` that build an alliance: members, though the text does not say so in as many words. */
const CO_BUILDER_CONFIDENCE = 0.7;
const isBuiltBody = (m: EntityMention) => m.kind === 'Alliance' || m.kind === 'Community';

const JOIN_CUE = /加入/gu;
const MEMBERS_CUE = /成员(?:单位)?(?:包括|包含|涵盖|有|为)[：:]?/gu;
/** `A作为B的理事单位` (`\uE000` is the mask of a name); `牵头单位` is a lead, read by the LEADS rule. */
const ROLE_CUE = /(作为|成为|担任|系|是|为)([\uE000]+)(?:的)?(?:常务理事|副理事长|理事长|理事|成员|会员|副会长|会长)单位/gu;

/** `A加入“B”`. */
function fromJoining(view: SentenceView): (RelationCandidate | undefined)[] {
  return findCues(view, JOIN_CUE).map((cue) => {
    const agent = findAgent(view, cue.start);
    const body = agent && objectAfter(view, cue.end, isBody);
    return body && makeCandidate('MEMBER_OF', agent.mention, body, view, VIA_CONFIDENCE[agent.via], EXTRACTOR);
  });
}

/** `B成员单位包括A、C等` and `组建B，成员包括…A等`. */
function fromMemberLists(view: SentenceView): (RelationCandidate | undefined)[] {
  const out: (RelationCandidate | undefined)[] = [];
  for (const cue of findCues(view, MEMBERS_CUE)) {
    const skip = (pos: number, chars: RegExp) => (pos > view.start && chars.test(view.masked[pos - 1]) ? pos - 1 : pos);
    const at = skip(skip(cue.start, /\s/u), /的/u);
    const adjacent = mentionEndingAt(view, at);
    const comma = skip(at, /[，,]/u);
    const body = adjacent ?? (comma < at ? mentionEndingAt(view, comma) : undefined);
    if (!body || !(isBody(body) || body.kind === 'GovernmentBody')) continue;
    const confidence = adjacent ? FIXED_CONFIDENCE : NAME_CONFIDENCE;
    const list = readPartyList(view, cue.end, clauseAt(view, cue.end).end);
    out.push(...list.members.map((m) => makeCandidate('MEMBER_OF', m, body, view, confidence, EXTRACTOR)));
  }
  return out;
}

/** `A作为B的理事单位`. */
function fromRoles(view: SentenceView): (RelationCandidate | undefined)[] {
  return findCues(view, ROLE_CUE).map((cue) => {
    const bodyStart = cue.start + cue.groups[0].length;
    const body = view.mentions.find((m) => m.start === bodyStart);
    const agent = body && isBody(body) ? findAgent(view, cue.start) : undefined;
    return agent && body && makeCandidate('MEMBER_OF', agent.mention, body, view, VIA_CONFIDENCE[agent.via], EXTRACTOR);
  });
}

/** Founders (`A、B联合发起成立C`) and co-builders (`联合A、B建设C产教联合体`) of an alliance or community are its members. */
function fromJointActs(view: SentenceView, acts: readonly JointAct[]): (RelationCandidate | undefined)[] {
  const out: (RelationCandidate | undefined)[] = [];
  for (const act of acts) {
    const built = findBuiltObject(view, act.after, isBuiltBody);
    if (!built) continue;
    const confidence = act.form === 'group' ? FIXED_CONFIDENCE : CO_BUILDER_CONFIDENCE;
    const members = act.agent ? [act.agent.mention, ...act.parties] : act.parties;
    out.push(...members.filter((m) => ACTOR_KINDS.has(m.kind)).map((m) => makeCandidate('MEMBER_OF', m, built.object, view, confidence, EXTRACTOR)));
  }
  return out;
}

/** MEMBER_OF: an actor belongs to an alliance, community or association. */
export function findMemberOf(view: SentenceView, acts: readonly JointAct[]): RelationCandidate[] {
  return present([...fromJoining(view), ...fromMemberLists(view), ...fromRoles(view), ...fromJointActs(view, acts)]);
}
