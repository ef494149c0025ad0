import type { RelateInput } from '../../build/relate-input';
import type { RelationFact } from '../../build/relation-fact';
import { clauseHeadSpan } from '../../build/clause-nodes';
import { clauseAt } from './clause-at';

const CONTAINS = { extractor: 'segment@1', confidence: 1 };
const MENTIONS = { extractor: 'mentions@1', confidence: 0.8 };

/** CONTAINS facts: the document contains its top clauses, each clause its sub-clauses, in reading order. */
export function extractContainsFacts(input: RelateInput): RelationFact[] {
  return input.doc.clauses.map((clause) => ({
    type: 'CONTAINS',
    source: clause.parent === undefined ? { kind: 'document' } : { kind: 'clause', path: clause.parent },
    target: { kind: 'clause', path: clause.path },
    spans: [clauseHeadSpan(input.doc, clause)],
    properties: { order: clause.order },
    ...CONTAINS,
  }));
}

/** MENTIONS facts: each clause mentions every named (not generic) entity in its own text. */
export function extractMentionFacts(input: RelateInput): RelationFact[] {
  const facts: RelationFact[] = [];
  for (const mention of input.mentions) {
    if (mention.generic) continue;
    const clause = clauseAt(input.doc.clauses, mention.start);
    facts.push({
      type: 'MENTIONS',
      source: clause ? { kind: 'clause', path: clause.path } : { kind: 'document' },
      target: { kind: 'entity', mention },
      spans: [{ start: mention.start, end: mention.end }],
      ...MENTIONS,
    });
  }
  return facts;
}
