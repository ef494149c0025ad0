import type { SourceFile } from '../ingest-types';
import { DocumentError } from './document-error';
import { looksBinary } from './looks-binary';
import { truncatedGb18030Tail, truncatedUtf8Tail } from './truncated-tail';

/** Options for {@link decodeDocument}. */
export interface DecodeOptions {
  /** Largest accepted file, in bytes (the CLI passes `config.maxDocumentBytes`). */
  maxBytes: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Turns the bytes of a document file into text: UTF-8 (with or without BOM), else GB18030.
 * Throws {@link DocumentError} for empty, over-size, binary, truncated or undecodable input.
 */
export function decodeDocument(file: string, bytes: Uint8Array, options: DecodeOptions): SourceFile {
  if (bytes.length === 0) throw new DocumentError(file, 'empty', 'the file is empty');
  if (bytes.length > options.maxBytes) {
    throw new DocumentError(file, 'too-large', `the file has ${bytes.length} bytes, more than the limit of ${options.maxBytes}`);
  }
  if (looksBinary(bytes)) {
    throw new DocumentError(file, 'binary', 'the file looks binary (NUL bytes or many control characters), not a text document');
  }
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  const utf8 = tryDecode('utf-8', body);
  if (utf8 !== undefined) return checkedText(file, utf8, 'utf-8');
  // A BOM or a clean UTF-8 body cut off mid-character is UTF-8 that was truncated, not GB18030.
  const tail = truncatedUtf8Tail(body);
  if (hasBom || (tail > 0 && tryDecode('utf-8', body.subarray(0, body.length - tail)) !== undefined)) {
    throw new DocumentError(file, 'truncated', 'the file ends in the middle of a UTF-8 character (truncated?)');
  }
  const gb = tryDecode('gb18030', body);
  if (gb !== undefined) return checkedText(file, gb, 'gb18030');
  const gbTail = truncatedGb18030Tail(body);
  if (gbTail > 0 && tryDecode('gb18030', body.subarray(0, body.length - gbTail)) !== undefined) {
    throw new DocumentError(file, 'truncated', 'the file ends in the middle of a GB18030 character (truncated?)');
  }
  throw new DocumentError(file, 'encoding', 'the text is not UTF-8 or GB18030');
}

function tryDecode(encoding: 'utf-8' | 'gb18030', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function checkedText(file: string, text: string, encoding: SourceFile['encoding']): SourceFile {
  if (text.trim() === '') throw new DocumentError(file, 'empty', 'the file holds only white space');
  return { file, original: text, encoding };
}
