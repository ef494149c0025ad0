import type { RelationType } from '../../../graph/relation-type';
import type { EntityMention } from '../../recognise';
import type { RelationCandidate } from '../relation-candidate';
import type { AgentVia } from './find-subject';
import type { SentenceView } from './sentence-view';

/** How sure a relation is, by how its source was found: named next to the cue, opening the clause or sentence, or carried over. */
export const VIA_CONFIDENCE: Record<AgentVia, number> = { adjacent: 0.9, clause: 0.9, sentence: 0.8, topic: 0.6 };

/** A fixed phrase with both parties named (`A更名为B`, `A加入B`). */
export const FIXED_CONFIDENCE = 0.9;
/** A relation read from a name (`坦桑尼亚鲁班工坊` → 坦桑尼亚) or from two names side by side. */
export const NAME_CONFIDENCE = 0.8;
/** A looser reading (`协同…`, co-builders with no named agent, `撤销A…设置B`). */
export const LOOSE_CONFIDENCE = 0.6;

/** A candidate with the sentence as evidence; symmetric types put the mention written first as source. */
export function makeCandidate(
  type: RelationType,
  source: EntityMention,
  target: EntityMention,
  view: SentenceView,
  confidence: number,
  extractor: string,
): RelationCandidate | undefined {
  if (source.surface === target.surface || source.generic || target.generic) return undefined;
  const [from, to] = type === 'PARTNERS_WITH' && target.start < source.start ? [target, source] : [source, target];
  return { type, source: from, target: to, start: view.start, end: view.end, confidence, extractor };
}

/** Drops undefined entries (candidates a rule refused). */
export function present(candidates: (RelationCandidate | undefined)[]): RelationCandidate[] {
  return candidates.filter((c): c is RelationCandidate => c !== undefined);
}
