/** A clause's text reduced to what similarity compares: its set of character bigrams. */
export interface BigramProfile {
  id: string;
  document: string;
  bigrams: Set<string>;
}

/** Character bigrams of a text, ignoring whitespace, punctuation and numbering marks. */
export function bigramsOf(text: string): Set<string> {
  const letters = text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  const result = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i += 1) result.add(letters.slice(i, i + 2));
  return result;
}

/** Jaccard similarity of two bigram sets, 0..1 (0 when either is empty). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Clauses of other documents whose text is at least `minScore` similar to `target`, best first. */
export function findSimilar(
  target: BigramProfile,
  corpus: readonly BigramProfile[],
  options: { minScore: number; first: number },
): { id: string; score: number }[] {
  const matches: { id: string; score: number }[] = [];
  for (const other of corpus) {
    if (other.document === target.document) continue;
    const score = jaccard(target.bigrams, other.bigrams);
    if (score >= options.minScore && score > 0) matches.push({ id: other.id, score });
  }
  matches.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
  return matches.slice(0, options.first);
}
