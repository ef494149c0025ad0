import type { ClauseSegment } from '../../ingest-types';

/** The innermost clause whose own text holds normalised offset `at` (a nested clause starts later than its parent). */
export function clauseAt(clauses: readonly ClauseSegment[], at: number): ClauseSegment | undefined {
  let best: ClauseSegment | undefined;
  for (const c of clauses) {
    const ranges = c.parts ?? [{ start: c.start, end: c.end }];
    if (ranges.some((r) => r.start <= at && at < r.end) && (!best || c.start >= best.start)) best = c;
  }
  return best;
}
