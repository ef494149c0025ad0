import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeDocument } from '../../../../src/ingest/decode';
import type { ClauseSegment, SegmentedDocument, TableRow } from '../../../../src/ingest/ingest-types';
import { segmentDocument } from '../../../../src/ingest/segment';

const ROOT = path.resolve(__dirname, '../../../..');
const cache = new Map<string, SegmentedDocument>();

/** The seed whose file name starts with `prefix` (`000`…`004`), segmented once per test file. */
export function seed(prefix: string): SegmentedDocument {
  const dir = path.join(ROOT, 'seeds');
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}`);
  return load(path.join(dir, name));
}

/** An invented document of test/fixtures/documents, segmented once per test file. */
export function fixture(name: string): SegmentedDocument {
  return load(path.join(ROOT, 'test/fixtures/documents', name));
}

/** Every seed and fixture document. */
export function allDocuments(): [string, SegmentedDocument][] {
  const seeds = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => path.join(ROOT, 'seeds', f));
  const fixtures = readdirSync(path.join(ROOT, 'test/fixtures/documents')).map((f) => path.join(ROOT, 'test/fixtures/documents', f));
  return [...seeds, ...fixtures].map((f) => [path.basename(f), load(f)]);
}

function load(file: string): SegmentedDocument {
  let doc = cache.get(file);
  if (!doc) {
    doc = segmentDocument(decodeDocument(path.basename(file), readFileSync(file), { maxBytes: 1_000_000 }));
    cache.set(file, doc);
  }
  return doc;
}

/** The verbatim original text behind normalised `[start, end)`. */
export function quote(doc: SegmentedDocument, range: { start: number; end: number }): string {
  const span = doc.normalised.map.toOriginal(range.start, range.end);
  return doc.normalised.source.original.slice(span.start, span.end);
}

/** The 1-based original line a normalised range starts on. */
export function lineOf(doc: SegmentedDocument, range: { start: number; end: number }): number {
  return doc.normalised.map.toOriginal(range.start, range.end).line;
}

/** The clause with this path (fails the test when there is none). */
export function clause(doc: SegmentedDocument, path: string): ClauseSegment {
  const found = doc.clauses.find((c) => c.path === path);
  if (!found) throw new Error(`no clause ${path}; paths: ${doc.clauses.map((c) => c.path).join(' ')}`);
  return found;
}

/** The rows of one table, in order. */
export function rowsOf(doc: SegmentedDocument, table: string): TableRow[] {
  return doc.tables.filter((r) => r.table === table);
}

/** A row's cells as plain texts. */
export function texts(row: TableRow): Record<string, string> {
  return Object.fromEntries(Object.entries(row.cells).map(([k, v]) => [k, v.text]));
}

/** Text compared loosely: debris, white space and width variants removed (what normalisation may change). */
export function canon(text: string): string {
  return text
    .replace(/\[bookmark:[^\]]*\]|\*\*/g, '')
    .normalize('NFKC')
    .replace(/\s+/g, '');
}
