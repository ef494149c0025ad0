/**
 * An in-process full-text index over character bigrams (and single characters), which suits
 * Chinese: there are no spaces to split words on, and every substring of two or more characters
 * is found through the bigrams it contains. The index only narrows the candidates; the caller
 * confirms each one with a real substring test.
 */
export class TextIndex {
  private readonly postings = new Map<string, Set<string>>();

  private static grams(text: string): Set<string> {
    const chars = Array.from(text.toLowerCase());
    const grams = new Set(chars);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
    return grams;
  }

  /** Indexes `text` under `id`. */
  add(id: string, text: string): void {
    for (const gram of TextIndex.grams(text)) {
      let ids = this.postings.get(gram);
      if (!ids) this.postings.set(gram, (ids = new Set()));
      ids.add(id);
    }
  }

  /** Removes `id` from the index; `text` must be what it was added with. */
  remove(id: string, text: string): void {
    for (const gram of TextIndex.grams(text)) {
      const ids = this.postings.get(gram);
      ids?.delete(id);
      if (ids?.size === 0) this.postings.delete(gram);
    }
  }

  /** Ids whose text may contain `term` (a superset of the true matches). */
  candidates(term: string): Set<string> {
    const chars = Array.from(term.toLowerCase());
    const grams = chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
    const lists = [...new Set(grams)].map((g) => this.postings.get(g) ?? new Set<string>());
    lists.sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = lists;
    const found = new Set<string>();
    for (const id of smallest ?? []) if (rest.every((ids) => ids.has(id))) found.add(id);
    return found;
  }

  clear(): void {
    this.postings.clear();
  }
}
