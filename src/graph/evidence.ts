/**
 * Where a fact was read: `quote` is the verbatim text `original.slice(start, end)` of the
 * document file as decoded, `line` is the 1-based line in that file where the quote starts.
 */
export interface Evidence {
  /** Id of the Policy node of the document the fact was read from. */
  document: string;
  /** Id of the Clause node, when the fact was read inside a clause. */
  clause?: string;
  line: number;
  start: number;
  end: number;
  quote: string;
  /** 0..1: how sure the extractor is (tables and fixed phrases score higher than free text). */
  confidence?: number;
  /** Name and version of the extractor that produced the fact, e.g. `table-3-1@1`. */
  extractor?: string;
}

/** A key that identifies one piece of evidence, so merging the same fact twice adds nothing. */
export function evidenceKey(e: Evidence): string {
  return `${e.document}|${e.start}|${e.end}`;
}

/** Union of two evidence lists, without duplicates, in a stable order. */
export function mergeEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const e of [...a, ...b]) if (!byKey.has(evidenceKey(e))) byKey.set(evidenceKey(e), e);
  return [...byKey.values()].sort((x, y) =>
    x.document === y.document ? x.start - y.start : x.document < y.document ? -1 : 1,
  );
}
