/**
 * The ingest layer: documents → extracted facts → graph batches written through a store.
 * decode → normalise → segment → recognise → relate (tables, document, free text) → resolve → build.
 */
export { ingestDocuments } from './ingest-documents';
export { ingestText } from './ingest-text';
export { readSource } from './read-source';
export type { GraphWriter, IngestOptions, IngestProgress } from './ingest-documents';
export type { TextIngestResult } from './ingest-text';
export { IngestError, prepareDocument, segmentSource } from './ingest-document';
export type { PreparedDocument } from './ingest-document';
export { createPipeline } from './ingest-pipeline';
export type { Pipeline, PipelineOptions } from './ingest-pipeline';
export type { DocumentFailure, DocumentSummary, IngestSummary, WriteCounts } from './ingest-summary';
export { DocumentError } from './decode';
export { titleKey } from './relate/document';
