/** Decoding of document files into text. */
export { decodeDocument, type DecodeOptions } from './decode-document';
export { DocumentError, type DocumentErrorReason } from './document-error';
