import type { RelateInput } from '../../build/relate-input';
import { spanMention, type RelationFact, type Span } from '../../build/relation-fact';

const HOW = { extractor: 'metadata-issuers@1', confidence: 1 };

/** Text without spaces, to compare an issuer name with the text at one of its spans. */
const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * ISSUED_BY facts of the document itself: one per issuer its metadata names (title block and
 * signature), with every place the name was read as evidence.
 */
export function extractIssuerFacts(input: RelateInput): RelationFact[] {
  const { metadata, normalised } = input.doc;
  const spans = metadata.spans.issuers ?? [];
  return metadata.issuers.flatMap((issuer) => {
    const at: Span[] = spans.filter((s) => compact(normalised.text.slice(s.start, s.end)) === compact(issuer));
    if (at.length === 0) return [];
    const found = input.recognise(issuer).find((m) => m.start === 0 && m.end === issuer.length);
    const mention = spanMention(found?.kind ?? 'GovernmentBody', issuer, at[0]);
    return [{ type: 'ISSUED_BY' as const, source: { kind: 'document' as const }, target: { kind: 'entity' as const, mention }, spans: at, ...HOW }];
  });
}
