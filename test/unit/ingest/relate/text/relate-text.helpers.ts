import { join } from 'node:path';
import { recogniseEntities } from '../../../../../src/ingest/recognise';
import { extractTextRelations } from '../../../../../src/ingest/relate/text';
import { lexiconGazetteer, loadLexicon } from '../../../../../src/ingest/resolve';

/** The curated lexicon's names, as the pipeline gives them to the recogniser and the relation rules. */
export const gazetteer = lexiconGazetteer(loadLexicon(join(__dirname, '../../../../../seeds/lexicon.json')));

/** A relation as the tests compare it: type, source and target surfaces, evidence quote. */
export type Row = [type: string, source: string, target: string, evidence: string];

/** Recognises `text` with the lexicon, reads its free-text relations and lists them with the quoted evidence. */
export function relate(text: string): Row[] {
  const mentions = recogniseEntities(text, { gazetteer });
  return extractTextRelations(text, mentions, { gazetteer }).map((c) => [c.type, c.source.surface, c.target.surface, text.slice(c.start, c.end)]);
}

/** The same, with the confidence instead of the evidence. */
export function relateWithConfidence(text: string): [string, string, string, number][] {
  const mentions = recogniseEntities(text, { gazetteer });
  return extractTextRelations(text, mentions, { gazetteer }).map((c) => [c.type, c.source.surface, c.target.surface, c.confidence]);
}

/** Only the relations of one type. */
export const ofType = (rows: Row[], type: string): Row[] => rows.filter((r) => r[0] === type);
