import type { EntityKind } from '../../graph/node-kind';

/** One real-world thing the curated lexicon knows: its canonical name, other names, and English name. */
export interface LexiconEntry {
  kind: EntityKind;
  /** The canonical (full, official) name; it makes the node id. */
  name: string;
  nameEn?: string;
  /** Other names of the same thing: short forms, older spellings, known typos. */
  aliases: string[];
}

/** The curated lexicon: names only — relations and document facts come from the documents. */
export interface Lexicon {
  /** Where it was read from, for error messages. */
  source: string;
  entries: readonly LexiconEntry[];
}

/** The lexicon file is malformed; the message names the file and the entry. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
}
