/** What one ingest of a document did, as the pipeline reports it. */
export interface IngestSummary {
  /** Store id of the Policy node the document became. */
  documentId: string;
  title: string;
  docNumber?: string;
  nodesCreated: number;
  nodesUpdated: number;
  edgesCreated: number;
  edgesUpdated: number;
  /** Things the pipeline could not read or resolve, for the person who sent the document. */
  warnings: string[];
}

/**
 * The ingest pipeline as the API sees it: reads one document's text and writes its facts to the
 * store. Injected into the app, so the API does not depend on the ingest layer.
 */
export type IngestFn = (file: string, text: string) => Promise<IngestSummary>;
