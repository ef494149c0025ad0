import { decodeDocument } from './decode';
import { prepareDocument, segmentSource } from './ingest-document';
import type { GraphWriter } from './ingest-documents';
import type { Pipeline } from './ingest-pipeline';
import type { WriteCounts } from './ingest-summary';
import { reconcileCitedPolicies } from './reconcile-cited-policies';

/** What ingesting one text did (the shape the API's `ingestDocument` mutation reports). */
export interface TextIngestResult extends WriteCounts {
  documentId: string;
  title: string;
  docNumber?: string;
  warnings: string[];
}

/**
 * Ingests one document given as text (an upload): segmented, extracted and written in one upsert,
 * so a text that fails leaves the store as it was. `pipeline` is made once by `createPipeline`.
 */
export async function ingestText(file: string, text: string, store: GraphWriter, pipeline: Pipeline): Promise<TextIngestResult> {
  const bytes = Buffer.from(text, 'utf8');
  const doc = segmentSource(decodeDocument(file, bytes, { maxBytes: pipeline.maxDocumentBytes }));
  const prepared = prepareDocument(doc, pipeline);
  const written = await store.upsert(await reconcileCitedPolicies(prepared.batch, store));
  return { documentId: prepared.documentId, title: prepared.title, docNumber: prepared.docNumber, ...written, warnings: prepared.warnings };
}
