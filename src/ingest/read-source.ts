import { readFile, stat } from 'node:fs/promises';
import { decodeDocument, DocumentError } from './decode';
import type { SourceFile } from './ingest-types';
import { IngestError } from './ingest-document';

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
  const source = decodeDocument(file, bytes, { maxBytes });
  if (isJsonData(source.original)) throw new IngestError(file, `${file}: is JSON data (a lexicon or an export?), not a document`);
  return source;
}

/** True for a JSON object or list (such as `seeds/lexicon.json`), which a policy document never is. */
function isJsonData(text: string): boolean {
  if (!/^\s*[{[]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
