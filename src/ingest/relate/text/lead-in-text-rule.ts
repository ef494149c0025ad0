import type { EntityKind } from '../../../graph/node-kind';
import type { EntityMention } from '../../recognise';
import type { RelationCandidate } from '../relation-candidate';
import { findAgent, type Agent } from './find-subject';
import { FIXED_CONFIDENCE, VIA_CONFIDENCE, makeCandidate, present } from './make-candidate';
import { ACTOR_KINDS, findCues, gapText, type SentenceView } from './sentence-view';

const EXTRACTOR = 'text-leads@1';

/**
 * What is led: bodies and programmes. Schools, firms and offices are never led — after `牵头` they are
 * the units that help (`由市教委牵头，市财政局…配合`).
 */
const LED_KINDS: ReadonlySet<EntityKind> = new Set(['Alliance', 'Community', 'Project', 'Programme', 'Organization', 'IndustryCollege', 'Workshop']);
const isLed = (m: EntityMention) => LED_KINDS.has(m.kind);

// `\uE000` is the mask standing for a name's characters (see sentence-view.ts).
const LEAD_VERB = /(由)?([\uE000]*)牵头(?:[，,])?(组建|成立|建设|打造|创建|发起|筹建)?/gu;
const LEAD_ROLE = /(作为|成为|担任|是|为)([\uE000]+)(?:的)?牵头(?:单位|院校|学校)/gu;
const ROLE_FIRST = /([\uE000]+)(?:的)?牵头(?:单位|院校|学校)(?:为|是)[：:]?([\uE000]+)/gu;
const LIST_MARK = /^(?:、|和|及|以及)$/u;

function mentionAt(view: SentenceView, start: number): EntityMention | undefined {
  return view.mentions.find((m) => m.start === start);
}

/** The led bodies right after `pos`: `牵头组建X联盟、Y共同体`, `牵头组建的X联合体`. */
function ledList(view: SentenceView, pos: number): EntityMention[] {
  const led: EntityMention[] = [];
  let at = pos;
  for (const m of view.mentions) {
    if (m.start < at) continue;
    const gap = gapText(view, at, m.start);
    if (!isLed(m) || !(led.length === 0 ? /^的?[“”"]?$/u.test(gap) : LIST_MARK.test(gap))) break;
    led.push(m);
    at = m.end;
  }
  return led;
}

/** `由A牵头组建B`, `A牵头成立B、C`, `B由A牵头建设`, `…，牵头组建B` (the lead being the sentence's subject). */
function fromLeadVerbs(view: SentenceView): (RelationCandidate | undefined)[] {
  const out: (RelationCandidate | undefined)[] = [];
  for (const cue of findCues(view, LEAD_VERB)) {
    const [by, masked, verb] = cue.groups;
    const named = masked ? mentionAt(view, cue.start + (by ? 1 : 0)) : undefined;
    if (named && !ACTOR_KINDS.has(named.kind)) continue;
    const lead: Agent | undefined = named ? { mention: named, via: 'adjacent' } : by ? undefined : findAgent(view, cue.start);
    if (!lead) continue;
    const before = view.mentions.filter((m) => m.end <= cue.start).pop();
    const ledBefore = by && before && isLed(before) && gapText(view, before.end, cue.start) === '' ? [before] : [];
    const led = ledBefore.length > 0 ? ledBefore : verb ? ledList(view, cue.end) : [];
    const confidence = by ? FIXED_CONFIDENCE : VIA_CONFIDENCE[lead.via];
    out.push(...led.map((b) => makeCandidate('LEADS', lead.mention, b, view, confidence, EXTRACTOR)));
  }
  return out;
}

/** `A作为B牵头单位`, `B的牵头单位为A`. */
function fromLeadRoles(view: SentenceView): (RelationCandidate | undefined)[] {
  const roles = findCues(view, LEAD_ROLE).map((cue) => {
    const body = mentionAt(view, cue.start + cue.groups[0].length);
    const lead = body && isLed(body) ? findAgent(view, cue.start) : undefined;
    return lead && body && makeCandidate('LEADS', lead.mention, body, view, VIA_CONFIDENCE[lead.via], EXTRACTOR);
  });
  const named = findCues(view, ROLE_FIRST).map((cue) => {
    const body = mentionAt(view, cue.start);
    const lead = mentionAt(view, cue.end - cue.groups[1].length);
    if (!body || !lead || !isLed(body) || !ACTOR_KINDS.has(lead.kind)) return undefined;
    return makeCandidate('LEADS', lead, body, view, FIXED_CONFIDENCE, EXTRACTOR);
  });
  return [...roles, ...named];
}

/** LEADS read from prose: an actor leads a named body or programme (never a task: those come from tables). */
export function findLeads(view: SentenceView): RelationCandidate[] {
  return present([...fromLeadVerbs(view), ...fromLeadRoles(view)]);
}
