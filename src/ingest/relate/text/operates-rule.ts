import type { EntityKind } from '../../../graph/node-kind';
import type { EntityMention } from '../../recognise';
import type { RelationCandidate } from '../relation-candidate';
import { BUILD_VERBS } from './cue-words';
import { findBuiltObject, objectAfter } from './find-built-object';
import type { JointAct } from './find-joint-acts';
import { findAgent } from './find-subject';
import { NAME_CONFIDENCE, VIA_CONFIDENCE, makeCandidate, present } from './make-candidate';
import { findCues, gapText, type SentenceView } from './sentence-view';

const EXTRACTOR = 'text-operates@1';

/** Who runs things: schools, firms, organisations, alliances. Government bodies set things up by policy, they do not run them. */
const OPERATOR_KINDS: ReadonlySet<EntityKind> = new Set(['School', 'Enterprise', 'Organization', 'Alliance', 'Community']);
/** What is run: industry colleges, workshops, programmes, centres. (A school's own projects are too many and too small to count.) */
const RUN_KINDS: ReadonlySet<EntityKind> = new Set(['IndustryCollege', 'Workshop', 'Programme', 'Organization']);

const BUILD_CUE = new RegExp(`(?:牵头|合作|联合|共同)?(?:${BUILD_VERBS})`, 'gu');

function isQuoted(view: SentenceView, m: EntityMention): boolean {
  return /^[“"「『]/.test(m.surface) || /[“"「『]/.test(view.text[m.start - 1] ?? '');
}

/**
 * What an operator runs: a programme-like kind, or a college written as a brand (`打造“巴渝时珍学院”`),
 * under its owner's name (`重庆工程职业技术学院中俄智能制造国际学院`) or set up abroad (`在老挝建立X学院`).
 */
function isRun(view: SentenceView, m: EntityMention, owner: EntityMention, abroad = false): boolean {
  if (m.surface === owner.surface) return false;
  if (RUN_KINDS.has(m.kind)) return true;
  if (m.kind !== 'School' || !/学院$/.test(m.surface)) return false;
  return abroad || isQuoted(view, m) || view.mentions.some((o) => o.surface === owner.surface && gapText(view, o.end, m.start) === '' && o.end <= m.start);
}

/** `A在老挝建立…`: a country named between the agent and its verb. */
function isAbroad(view: SentenceView, agent: EntityMention, verbStart: number): boolean {
  return view.mentions.some((m) => m.kind === 'Country' && m.start >= agent.end && m.end <= verbStart);
}

/** `A与B共建X`, `A建成X`, `A在泰国建设X`, `A高标准打造“X”`: the agent of a building verb runs its object. */
function fromVerbs(view: SentenceView, acts: readonly JointAct[]): (RelationCandidate | undefined)[] {
  const parties = new Set(acts.flatMap((a) => [...a.parties, ...a.covered]));
  const out: (RelationCandidate | undefined)[] = [];
  for (const cue of findCues(view, BUILD_CUE)) {
    const agent = findAgent(view, cue.start, parties);
    if (!agent || !OPERATOR_KINDS.has(agent.mention.kind)) continue;
    const abroad = isAbroad(view, agent.mention, cue.start);
    const object = objectAfter(view, cue.end, (m) => isRun(view, m, agent.mention, abroad), agent.mention.surface);
    if (object) out.push(makeCandidate('OPERATES', agent.mention, object, view, VIA_CONFIDENCE[agent.via], EXTRACTOR));
  }
  return out;
}

/**
 * `支持A与B共建X`: the agent of a joint act runs what the act builds, even where the sentence does not
 * open with it; `A、B联合建设X产业学院`: so does each member of a group.
 */
function fromActs(view: SentenceView, acts: readonly JointAct[]): (RelationCandidate | undefined)[] {
  return acts
    .filter((a) => !a.founding)
    .flatMap((act) => {
      const runners = act.form === 'group' ? act.parties.map((p) => ({ mention: p, via: 'adjacent' as const })) : act.agent ? [act.agent] : [];
      return runners
        .filter((r) => OPERATOR_KINDS.has(r.mention.kind))
        .map((r) => {
          const built = findBuiltObject(view, act.after, (m) => isRun(view, m, r.mention), r.mention.surface);
          return built && makeCandidate('OPERATES', r.mention, built.object, view, VIA_CONFIDENCE[r.via], EXTRACTOR);
        });
    });
}

/** `A的X产业学院`, `重庆工程职业技术学院中俄智能制造国际学院`: a college or workshop written under its owner's name. */
function fromOwnerNames(view: SentenceView): (RelationCandidate | undefined)[] {
  const out: (RelationCandidate | undefined)[] = [];
  view.mentions.forEach((owner, i) => {
    const next = view.mentions[i + 1];
    if (!next || !OPERATOR_KINDS.has(owner.kind)) return;
    const gap = gapText(view, owner.end, next.start);
    // Not a `…学院` after a school's name: that is usually one of its faculties (`通信工程学院`).
    const owned = next.kind === 'IndustryCollege' || next.kind === 'Workshop';
    if (owned && (gap === '的' || gap === '')) {
      out.push(makeCandidate('OPERATES', owner, next, view, NAME_CONFIDENCE, EXTRACTOR));
    }
  });
  return out;
}

/** OPERATES: a school (or firm, organisation, alliance) builds, runs or owns an industry college, workshop, programme or centre. */
export function findOperates(view: SentenceView, acts: readonly JointAct[]): RelationCandidate[] {
  return present([...fromVerbs(view, acts), ...fromActs(view, acts), ...fromOwnerNames(view)]);
}
