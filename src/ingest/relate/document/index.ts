/** Relations of a document as a whole: who issued it, what it cites, its clause tree, and what each clause mentions. */
import type { RelateInput } from '../../build/relate-input';
import type { RelationFact } from '../../build/relation-fact';
import { extractCitationFacts } from './citation-facts';
import { extractIssuerFacts } from './issuer-facts';
import { extractContainsFacts, extractMentionFacts } from './structure-facts';

export { titleKey } from './find-citations';

/** ISSUED_BY (own and of cited policies), CITES, CONTAINS and MENTIONS facts of one document. */
export function extractDocumentRelations(input: RelateInput): RelationFact[] {
  return [...extractIssuerFacts(input), ...extractCitationFacts(input), ...extractContainsFacts(input), ...extractMentionFacts(input)];
}
