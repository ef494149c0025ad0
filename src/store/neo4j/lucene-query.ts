/** Characters the Lucene query parser treats as syntax. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** `text` with every Lucene syntax character escaped, so user input is only ever plain text. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, '\\$&');
}

/** The query `luceneQueryFor` gives when no term can use the index: every node. */
export const MATCH_ALL = '*:*';

/** Runs of two or more Chinese characters, and runs of ASCII letters and digits. */
const PIECES = /\p{Script=Han}{2,}|[a-z0-9]+/gu;
const HAN = /^\p{Script=Han}/u;

/**
 * The cjk analyzer's stop words (Lucene's English set and `www`, read off Neo4j 5.26): the index
 * holds no token for them, so a Latin piece inside one of them cannot narrow.
 */
const STOP_WORDS = 'a and are as at be but by for if in into is it no not of on or s such t that the their then there these they this to was will with www'.split(' ');

/**
 * The full-text query that narrows a search before Cypher checks each term exactly; every node that
 * holds all the terms as substrings must match it. The cjk analyzer indexes runs of Chinese as
 * overlapping bigrams, so a phrase query of two or more Chinese characters matches the texts holding
 * them; it keeps a run of ASCII letters and digits as one lower-cased token, so `*run*` (a wildcard
 * over the index's terms) matches the texts holding that run inside a word (pinyin keys, English
 * names, numbers). A term adds one clause per such piece it holds. Pieces that narrow nothing are
 * left out: one Chinese character (indexed only inside bigrams) and Latin runs that occur inside a
 * stop word. When no piece is left the query matches every node (`*:*`). (A word longer than the
 * tokenizer's 255 characters is indexed in parts, so a piece across a part's end would be missed.)
 */
export function luceneQueryFor(terms: readonly string[]): string {
  const clauses = new Set<string>();
  for (const term of terms) {
    for (const [piece] of term.toLowerCase().matchAll(PIECES)) {
      if (HAN.test(piece)) clauses.add(`"${escapeLucene(piece)}"`);
      else if (!STOP_WORDS.some((w) => w.includes(piece))) clauses.add(`*${piece}*`);
    }
  }
  return clauses.size > 0 ? [...clauses].join(' AND ') : MATCH_ALL;
}
