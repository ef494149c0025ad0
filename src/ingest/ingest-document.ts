import type { GraphBatch } from '../graph/graph-types';
import { buildDocumentBatch } from './build/build-document-batch';
import { createEntityResolution, documentResolveContext } from './build/entity-resolution';
import { documentIdOf, fileName } from './build/policy-node';
import type { RelateInput } from './build/relate-input';
import type { RelationFact } from './build/relation-fact';
import type { SegmentedDocument, SourceFile } from './ingest-types';
import type { Pipeline } from './ingest-pipeline';
import { extractDocumentRelations } from './relate/document';
import type { RelationCandidate } from './relate/relation-candidate';
import { extractTableRelations } from './relate/tables';
import { segmentDocument } from './segment';

/** A document read, segmented and extracted, ready to be written in one upsert. */
export interface PreparedDocument {
  file: string;
  documentId: string;
  title: string;
  docNumber?: string;
  batch: GraphBatch;
  /** Things the pipeline noticed but could not use, for the person ingesting. */
  warnings: string[];
}

/** A document that could not be ingested, and why (the message names the file). */
export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** Free-text candidates as facts between two entity mentions. */
function textFacts(candidates: readonly RelationCandidate[]): RelationFact[] {
  return candidates.map((c) => ({
    type: c.type,
    source: { kind: 'entity', mention: c.source },
    target: { kind: 'entity', mention: c.target },
    spans: [{ start: c.start, end: c.end }],
    confidence: c.confidence,
    extractor: c.extractor,
  }));
}

/** Segments a decoded document; a segmenter failure becomes an error naming the file. */
export function segmentSource(source: SourceFile): SegmentedDocument {
  try {
    return segmentDocument(source);
  } catch (error) {
    throw new IngestError(source.file, `${source.file}: could not be segmented: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Extracts every fact of one segmented document and builds its batch: entities recognised in the
 * whole text, relations from tables, duty fields, citations, the clause tree and free text, then
 * resolved to nodes with evidence. `knownTitles` lets a citation by title find another document of the run.
 */
export function prepareDocument(doc: SegmentedDocument, pipeline: Pipeline, knownTitles?: ReadonlyMap<string, string>): PreparedDocument {
  const file = doc.normalised.source.file;
  try {
    const documentId = documentIdOf(doc);
    const mentions = pipeline.recognise(doc.normalised.text);
    const input: RelateInput = { doc, documentId, mentions, recognise: pipeline.recognise, knownTitles };
    const facts = [...extractDocumentRelations(input), ...extractTableRelations(input), ...textFacts(pipeline.textRelations(doc.normalised.text, mentions))];
    const entities = createEntityResolution(pipeline.resolver, documentResolveContext(doc, mentions), pipeline.defaultMunicipality, { text: doc.normalised.text, mentions });
    const batch = buildDocumentBatch({ doc, file, documentId, facts, entities });
    const warnings: string[] = [];
    if (!doc.metadata.title) warnings.push(`${file}: no title found; the document is named by its file`);
    if (doc.clauses.length <= 1) warnings.push(`${file}: no numbered clauses found`);
    return { file, documentId, title: doc.metadata.title || fileName(file), docNumber: doc.metadata.docNumber, batch, warnings };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(file, `${file}: could not be extracted: ${error instanceof Error ? error.message : String(error)}`);
  }
}
