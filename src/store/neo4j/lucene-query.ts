/** Characters the Lucene query parser treats as syntax. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** `text` with every Lucene syntax character escaped, so user input is only ever plain text. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, '\\$&');
}

const HAN_TERM = /^\p{Script=Han}{2,}$/u;

/** The query `luceneQueryFor` gives when no term can use the index: every node. */
export const MATCH_ALL = '*:*';

/**
 * The full-text query that narrows a search before Cypher checks each term exactly. The cjk
 * analyzer indexes runs of Chinese as overlapping bigrams, so a phrase query of a Chinese term of
 * two or more characters matches exactly the texts holding it as a substring. Other terms (one
 * character, Latin, digits) would be cut into different tokens than a substring test expects, so
 * they narrow nothing; when no term can use the index the query matches every node (`*:*`).
 */
export function luceneQueryFor(terms: readonly string[]): string {
  const indexable = terms.filter((t) => HAN_TERM.test(t));
  return indexable.length > 0 ? indexable.map((t) => `"${escapeLucene(t)}"`).join(' AND ') : MATCH_ALL;
}
