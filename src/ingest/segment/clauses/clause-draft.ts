import type { ClauseSegment } from '../../ingest-types';

/** A clause before its end and reading order are known. */
export type ClauseDraft = Omit<ClauseSegment, 'order' | 'end' | 'text'> & {
  /** Set when the clause's extent is fixed by its maker (an annex task row), not by the next clause. */
  end?: number;
  text?: string;
};
