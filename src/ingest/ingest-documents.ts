import { readFile, stat } from 'node:fs/promises';
import type { GraphBatch, GraphNode } from '../graph/graph-types';
import { decodeDocument, DocumentError } from './decode';
import type { SegmentedDocument, SourceFile } from './ingest-types';
import { IngestError, prepareDocument, segmentSource, type PreparedDocument } from './ingest-document';
import { createPipeline, type Pipeline, type PipelineOptions } from './ingest-pipeline';
import { addCounts, countBatches, type DocumentFailure, type DocumentSummary, type IngestSummary, type WriteCounts } from './ingest-summary';
import { documentIdOf } from './build/policy-node';
import { reconcileCitedPolicies } from './reconcile-cited-policies';
import { titleKey } from './relate/document';

/** The part of a graph store that ingest writes through (the `GraphStore` port has it). */
export interface GraphWriter {
  /** Writes a batch in one transaction: all of it or none of it. */
  upsert(batch: GraphBatch): Promise<WriteCounts>;
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
}

/** One step of a run, for a progress display. */
export interface IngestProgress {
  phase: 'read' | 'extract' | 'write';
  file: string;
  /** 1-based position of the file in its phase. */
  index: number;
  total: number;
}

export interface IngestOptions extends PipelineOptions {
  /**
   * `abort` (default): if any document cannot be read or extracted, nothing is written and the
   * error lists every such document. `skip`: bad documents are reported in `failed` and the rest go in.
   */
  onBadDocument?: 'abort' | 'skip';
  onProgress?: (progress: IngestProgress) => void;
}

/** Reads and decodes one file; every failure names the file and says why. */
export async function readSource(file: string, maxBytes: number): Promise<SourceFile> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new IngestError(file, `${file}: is a folder, not a document`);
    // Refuse an over-size file before reading it into memory.
    if (info.size > maxBytes) throw new DocumentError(file, 'too-large', `the file has ${info.size} bytes, more than the limit of ${maxBytes}`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof IngestError || error instanceof DocumentError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError(file, `${file}: cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? String(error)})`);
  }
  return decodeDocument(file, bytes, { maxBytes });
}

/** Reads, segments and extracts every file; failures are collected, not thrown. */
async function prepareAll(files: readonly string[], pipeline: Pipeline, options: IngestOptions): Promise<{ prepared: PreparedDocument[]; failed: DocumentFailure[] }> {
  const failed: DocumentFailure[] = [];
  const segmented: SegmentedDocument[] = [];
  for (const [i, file] of files.entries()) {
    options.onProgress?.({ phase: 'read', file, index: i + 1, total: files.length });
    try {
      segmented.push(segmentSource(await readSource(file, pipeline.maxDocumentBytes)));
    } catch (error) {
      failed.push({ file, message: error instanceof Error ? error.message : String(error) });
    }
  }
  // Titles of the run's documents, so one cited by title (and no 文号) links to the document itself.
  const knownTitles = new Map<string, string>();
  for (const doc of segmented) {
    for (const t of [doc.metadata.title, doc.metadata.subjectTitle]) if (t) knownTitles.set(titleKey(t), documentIdOf(doc));
  }
  const prepared: PreparedDocument[] = [];
  for (const [i, doc] of segmented.entries()) {
    options.onProgress?.({ phase: 'extract', file: doc.normalised.source.file, index: i + 1, total: segmented.length });
    try {
      prepared.push(prepareDocument(doc, pipeline, knownTitles));
    } catch (error) {
      failed.push({ file: doc.normalised.source.file, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { prepared, failed };
}

function summarise(doc: PreparedDocument, written: WriteCounts): DocumentSummary {
  const counts = countBatches([doc.batch]);
  return { file: doc.file, documentId: doc.documentId, title: doc.title, docNumber: doc.docNumber, ...counts, ...written, warnings: doc.warnings };
}

/**
 * Ingests documents into a store. Every document is read, segmented and extracted before anything
 * is written; then each document's batch goes in with one upsert, so a document is in the store
 * whole or not at all. By default a document that cannot be read or extracted stops the run before
 * any write, with an error naming each bad file and why; `onBadDocument: 'skip'` writes the others.
 */
export async function ingestDocuments(files: readonly string[], store: GraphWriter, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const pipeline = createPipeline(options);
  const { prepared, failed } = await prepareAll(files, pipeline, options);
  if (failed.length > 0 && (options.onBadDocument ?? 'abort') === 'abort') {
    const list = failed.map((f) => `  ${f.message}`).join('\n');
    throw new IngestError(failed[0].file, `nothing was written: ${failed.length} of ${files.length} document(s) cannot be ingested:\n${list}`);
  }
  const documents: DocumentSummary[] = [];
  let totals: WriteCounts = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  for (const [i, doc] of prepared.entries()) {
    options.onProgress?.({ phase: 'write', file: doc.file, index: i + 1, total: prepared.length });
    let written: WriteCounts;
    try {
      written = await store.upsert(await reconcileCitedPolicies(doc.batch, store));
    } catch (error) {
      const done = documents.map((d) => d.file).join(', ') || 'none';
      throw new IngestError(doc.file, `${doc.file}: could not be written, the store keeps it as it was (${error instanceof Error ? error.message : String(error)}); documents written before it: ${done}`);
    }
    documents.push(summarise(doc, written));
    totals = addCounts(totals, written);
  }
  const counts = countBatches(prepared.map((p) => p.batch));
  return { documents, failed, totals: { ...totals, documents: documents.length, ...counts }, elapsedMs: Date.now() - started };
}

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
