/** Segmentation of documents into metadata, clauses and table rows. */
export { segmentDocument } from './segment-document';
