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

/** A term's pieces the index can find: Chinese runs as phrases, Latin runs through `latin` (null: none). */
function piecesOf(term: string, latin: (piece: string, index: number, term: string) => string | null): string[] {
  const clauses: string[] = [];
  const lower = term.toLowerCase();
  for (const match of lower.matchAll(PIECES)) {
    const [piece] = match;
    if (HAN.test(piece)) clauses.push(`"${escapeLucene(piece)}"`);
    else if (!STOP_WORDS.some((w) => w.includes(piece))) {
      const clause = latin(piece, match.index, lower);
      if (clause) clauses.push(clause);
    }
  }
  return clauses;
}

/** At most this many clauses (Lucene refuses more than 1,024); fewer only narrows less, so the exact check still decides. */
const MAX_CLAUSES = 64;

function allOf(clauses: readonly string[]): string {
  return clauses.length > 0 ? [...new Set(clauses)].slice(0, MAX_CLAUSES).join(' AND ') : MATCH_ALL;
}

/**
 * The full-text query that narrows a search before Cypher checks each term exactly; every node that
 * holds all the terms as substrings must match it. The cjk analyzer indexes runs of Chinese as
 * overlapping bigrams, so a phrase query of two or more Chinese characters matches the texts holding
 * them; it keeps a run of ASCII letters and digits as one lower-cased token, so `*run*` (a wildcard
 * over the index's terms, whose cost grows with their number) matches the texts holding that run
 * inside a word (pinyin keys, English names, numbers). A term adds one clause per such piece it
 * holds. Pieces that narrow nothing are left out: one Chinese character (indexed only inside
 * bigrams) and Latin runs that occur inside a stop word. When no piece is left the query matches
 * every node (`*:*`). (A word longer than the tokenizer's 255 characters is indexed in parts, so a
 * piece across a part's end would be missed.)
 */
export function luceneQueryFor(terms: readonly string[]): string {
  return allOf(terms.flatMap((term) => piecesOf(term, (piece) => `*${piece}*`)));
}

/**
 * The full-text query that narrows a look-up of a whole name (or pinyin key) before Cypher compares
 * it exactly. A Latin run at the start of the name or after a space begins a word of every text
 * that holds the name, so a prefix query `run*` finds it by a seek in the index's terms; runs inside
 * a word (after `'` or `.`) are left out rather than scanned for. Chinese runs are phrases, as in
 * `luceneQueryFor`.
 */
export function luceneNameQuery(name: string): string {
  return allOf(piecesOf(name, (piece, index, text) => (index === 0 || /\s/.test(text[index - 1]) ? `${piece}*` : null)));
}
