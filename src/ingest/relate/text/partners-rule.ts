import type { RelationCandidate } from '../relation-candidate';
import { findBuiltObject } from './find-built-object';
import type { JointAct } from './find-joint-acts';
import { FIXED_CONFIDENCE, LOOSE_CONFIDENCE, VIA_CONFIDENCE, makeCandidate, present } from './make-candidate';
import type { SentenceView } from './sentence-view';

const EXTRACTOR = 'text-partners@1';

/** `协同` names coordination more often than a partnership; it never scores above this. */
const COORDINATION_CONFIDENCE = 0.7;

function pairwise(act: JointAct, view: SentenceView, confidence: number): (RelationCandidate | undefined)[] {
  const out: (RelationCandidate | undefined)[] = [];
  act.parties.forEach((a, i) =>
    act.parties.slice(i + 1).forEach((b) => out.push(makeCandidate('PARTNERS_WITH', a, b, view, confidence, EXTRACTOR))),
  );
  return out;
}

/**
 * PARTNERS_WITH from joint acts: `A与B共建…`, `A联合B、C…`, `A携手B…`, `A、B联合建设…`, `与A、B等企业合作`
 * (the agent then being the sentence's subject, or the subject of an earlier sentence). Founders
 * (`联合发起成立`) are left to MEMBER_OF; listed parties with no agent are partners only when they
 * build an alliance or community together.
 */
export function findPartners(view: SentenceView, acts: readonly JointAct[]): RelationCandidate[] {
  const out: (RelationCandidate | undefined)[] = [];
  for (const act of acts) {
    if (act.founding) continue;
    if (act.form === 'group') {
      out.push(...pairwise(act, view, FIXED_CONFIDENCE));
    } else if (act.agent) {
      const base = VIA_CONFIDENCE[act.agent.via];
      const confidence = act.verb === '协同' ? Math.min(base, COORDINATION_CONFIDENCE) : base;
      const agent = act.agent.mention;
      out.push(...act.parties.map((p) => makeCandidate('PARTNERS_WITH', agent, p, view, confidence, EXTRACTOR)));
    } else if (act.parties.length >= 2 && findBuiltObject(view, act.after, (m) => m.kind === 'Alliance' || m.kind === 'Community')) {
      out.push(...pairwise(act, view, LOOSE_CONFIDENCE));
    }
  }
  return present(out);
}
