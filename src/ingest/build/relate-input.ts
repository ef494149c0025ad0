import type { SegmentedDocument } from '../ingest-types';
import type { EntityMention } from '../recognise';

/** What every relation rule reads: the segmented document, its mentions, and the recogniser for pieces of it. */
export interface RelateInput {
  doc: SegmentedDocument;
  /** Id of the document's Policy node. */
  documentId: string;
  /** Every mention the recogniser found in the whole normalised text, in text order. */
  mentions: readonly EntityMention[];
  /** Recognises names in a piece of text (a table cell, a list item) with the same gazetteer; offsets are into that piece. */
  recognise(text: string): EntityMention[];
  /** Policy ids of the other documents being ingested, by title key (`titleKey`), so a citation by title finds them. */
  knownTitles?: ReadonlyMap<string, string>;
}
