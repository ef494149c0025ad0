/** Why a document could not be read; the CLI prints `file: message` and moves on. */
export type DocumentErrorReason = 'empty' | 'too-large' | 'binary' | 'encoding' | 'truncated';

/** A document file that cannot be ingested: empty, binary, too large or not in a supported encoding. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';

  constructor(
    /** The file as the user named it. */
    readonly file: string,
    readonly reason: DocumentErrorReason,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}
