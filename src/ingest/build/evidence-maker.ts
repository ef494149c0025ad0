import { clauseId } from '../../graph/ids';
import type { Evidence } from '../../graph/evidence';
import type { ClauseSegment, SegmentedDocument } from '../ingest-types';
import type { Span } from './relation-fact';

/** How sure and which rule, attached to each piece of evidence. */
export interface EvidenceSource {
  confidence: number;
  extractor: string;
  /** The clause the fact belongs to (by path); by default the innermost clause holding the span. */
  clausePath?: string;
}

/** Turns normalised spans of one document into evidence quoting the file verbatim. */
export interface EvidenceMaker {
  evidence(span: Span, source: EvidenceSource): Evidence;
  /** The innermost clause whose own text holds normalised offset `at`. */
  clauseAt(at: number): ClauseSegment | undefined;
}

/**
 * Evidence for one document: each normalised span goes back through the source map, so `quote` is
 * `original.slice(start, end)` of the decoded file and `line` is where it starts; a fact read inside
 * a clause names that clause.
 */
export function createEvidenceMaker(doc: SegmentedDocument, documentId: string): EvidenceMaker {
  const { map, source } = doc.normalised;
  // Innermost first: a later clause that starts inside an earlier one is nested in it.
  const byStart = [...doc.clauses].sort((a, b) => b.start - a.start);
  const clauseAt = (at: number) =>
    byStart.find((c) => (c.parts ?? [{ start: c.start, end: c.end }]).some((r) => r.start <= at && at < r.end)) ??
    byStart.find((c) => c.start <= at && at < c.end);
  return {
    clauseAt,
    evidence(span, how) {
      const original = map.toOriginal(span.start, Math.max(span.end, span.start));
      const clause = how.clausePath ?? clauseAt(span.start)?.path;
      const e: Evidence = {
        document: documentId,
        line: original.line,
        start: original.start,
        end: original.end,
        quote: source.original.slice(original.start, original.end),
        confidence: how.confidence,
        extractor: how.extractor,
      };
      if (clause !== undefined) e.clause = clauseId(documentId, clause);
      return e;
    },
  };
}
