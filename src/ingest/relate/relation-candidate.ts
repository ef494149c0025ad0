import type { RelationType } from '../../graph/relation-type';
import type { EntityMention } from '../recognise';

/**
 * A relation between two entity mentions read from free text, before resolution.
 * `start`/`end` are offsets (in the same text as the mentions) of the shortest span that shows the
 * relation — usually the sentence or clause — and become the evidence quote.
 */
export interface RelationCandidate {
  type: RelationType;
  source: EntityMention;
  target: EntityMention;
  start: number;
  end: number;
  /** 0..1: fixed phrases with both parties named score high; looser patterns lower. */
  confidence: number;
  /** Which rule found it, with a version, e.g. `text-partners@1`. */
  extractor: string;
}
