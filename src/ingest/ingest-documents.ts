import type { GraphBatch } from '../graph/graph-types';
import type { SegmentedDocument } from './ingest-types';
import { IngestError, prepareDocument, segmentSource, type PreparedDocument } from './ingest-document';
import { readSource } from './read-source';
import { createPipeline, type Pipeline, type PipelineOptions } from './ingest-pipeline';
import { addCounts, countBatches, type DocumentFailure, type DocumentSummary, type IngestSummary, type WriteCounts } from './ingest-summary';
import { documentIdOf } from './build/policy-node';
import { reconcileCitedPolicies, type PolicyReader } from './reconcile-cited-policies';
import { titleKey } from './relate/document';

/** The part of a graph store that ingest writes through (the `GraphStore` port has it). */
export interface GraphWriter extends PolicyReader {
  /** Writes a batch in one transaction: all of it or none of it. */
  upsert(batch: GraphBatch): Promise<WriteCounts>;
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

type Failures = DocumentFailure[];

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads and segments every file; failures are collected, not thrown. */
async function readAll(files: readonly string[], pipeline: Pipeline, options: IngestOptions, failed: Failures): Promise<SegmentedDocument[]> {
  const segmented: SegmentedDocument[] = [];
  for (const [i, file] of files.entries()) {
    options.onProgress?.({ phase: 'read', file, index: i + 1, total: files.length });
    try {
      segmented.push(segmentSource(await readSource(file, pipeline.maxDocumentBytes)));
    } catch (error) {
      failed.push({ file, message: messageOf(error) });
    }
  }
  return segmented;
}

/** Extracts every segmented document; a second file that is the same document (same 文号) fails, since their clauses would mix. */
function extractAll(segmented: readonly SegmentedDocument[], pipeline: Pipeline, options: IngestOptions, failed: Failures): PreparedDocument[] {
  // Titles of the run's documents, so one cited by title (and no 文号) links to the document itself.
  const knownTitles = new Map<string, string>();
  for (const doc of segmented) {
    for (const t of [doc.metadata.title, doc.metadata.subjectTitle]) if (t) knownTitles.set(titleKey(t), documentIdOf(doc));
  }
  const prepared: PreparedDocument[] = [];
  const fileOf = new Map<string, string>();
  for (const [i, doc] of segmented.entries()) {
    const file = doc.normalised.source.file;
    options.onProgress?.({ phase: 'extract', file, index: i + 1, total: segmented.length });
    const same = fileOf.get(documentIdOf(doc));
    if (same !== undefined && same !== file) {
      failed.push({ file, message: `${file}: is the same document as ${same} (${documentIdOf(doc)}); ingest one of them` });
      continue;
    }
    fileOf.set(documentIdOf(doc), file);
    try {
      prepared.push(prepareDocument(doc, pipeline, knownTitles));
    } catch (error) {
      failed.push({ file, message: messageOf(error) });
    }
  }
  return prepared;
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
  const failed: Failures = [];
  const prepared = extractAll(await readAll(files, pipeline, options, failed), pipeline, options, failed);
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
      throw new IngestError(doc.file, `${doc.file}: could not be written, the store keeps it as it was (${messageOf(error)}); documents written before it: ${done}`);
    }
    documents.push(summarise(doc, written));
    totals = addCounts(totals, written);
  }
  const counts = countBatches(prepared.map((p) => p.batch));
  return { documents, failed, totals: { ...totals, documents: documents.length, ...counts }, elapsedMs: Date.now() - started };
}

