import type { GazetteerName } from './recognise';
import { recogniseEntities, type EntityMention } from './recognise';
import type { RelationCandidate } from './relate/relation-candidate';
import { extractTextRelations } from './relate/text';
import { createResolver, lexiconGazetteer, loadLexicon, type Lexicon, type Resolver } from './resolve';

/** Options of the ingest pipeline; the CLI fills them from the configuration. */
export interface PipelineOptions {
  /** Path of the curated lexicon (`seeds/lexicon.json`), or the lexicon itself. */
  lexicon: string | Lexicon;
  /** Largest document accepted, in bytes. */
  maxDocumentBytes: number;
  /** The city a `市…` short form means when a document does not say (`重庆市` for the seeds). */
  defaultMunicipality?: string;
}

/** The parts of the pipeline that are built once and shared by every document of a run. */
export interface Pipeline {
  maxDocumentBytes: number;
  defaultMunicipality?: string;
  resolver: Resolver;
  gazetteer: readonly GazetteerName[];
  recognise(text: string): EntityMention[];
  textRelations(text: string, mentions: readonly EntityMention[]): RelationCandidate[];
}

/** Loads the lexicon and builds the recogniser and resolver once for a run. */
export function createPipeline(options: PipelineOptions): Pipeline {
  const lexicon = typeof options.lexicon === 'string' ? loadLexicon(options.lexicon) : options.lexicon;
  const gazetteer = lexiconGazetteer(lexicon);
  return {
    maxDocumentBytes: options.maxDocumentBytes,
    defaultMunicipality: options.defaultMunicipality,
    resolver: createResolver(lexicon, { defaultMunicipality: options.defaultMunicipality }),
    gazetteer,
    recognise: (text) => recogniseEntities(text, { gazetteer }),
    textRelations: (text, mentions) => extractTextRelations(text, mentions, { gazetteer }),
  };
}
