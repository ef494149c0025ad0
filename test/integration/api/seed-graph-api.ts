/**
 * The API over the real seed graph: the five documents in seeds/ ingested by the real pipeline
 * into the harness's store (cleared first), with the real ingest pipeline behind `ingestDocument`.
 * Shared by the seed-graph suite's case files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { ingestDocuments } from '../../../src/ingest';
import { createIngest } from '../../../src/prepare-graph';
import { startApi, TEST_CONFIG, type ApiHarness, type StoreKind } from './api-client';

export const SEEDS_DIR = path.resolve(__dirname, '../../../seeds');
export const SEED_LEXICON = path.join(SEEDS_DIR, 'lexicon.json');
/** Seed 004 is 176 KB, over the harness's mutation limit; the seed build has its own. */
const SEED_MAX_BYTES = 1_000_000;

/** The seed documents, by absolute path, in file-name order (000 … 004). */
export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => path.join(SEEDS_DIR, n));
}

/** The first seed file whose name starts with `prefix` (e.g. '003'). */
export function seedFile(prefix: string): string {
  const found = seedFiles().find((f) => path.basename(f).startsWith(prefix));
  if (!found) throw new Error(`no seed document starts with ${prefix}`);
  return found;
}

const texts = new Map<string, string>();

/** A document file's text as it lies on disk (UTF-8), read once. */
export function fileText(file: string): string {
  let text = texts.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    texts.set(file, text);
  }
  return text;
}

/** Evidence as the API returns it, with enough to find the quote in its file. */
export interface EvidenceShape {
  quote: string;
  line: number;
  start: number;
  end: number;
  document: { file: string | null };
}

/** Where a quote really sits in its file: the text at [start, end) and the 1-based line of start. */
export function locate(evidence: EvidenceShape): { text: string; line: number } {
  if (!evidence.document.file) throw new Error(`evidence "${evidence.quote}" has no document file`);
  const text = fileText(evidence.document.file);
  return { text: text.slice(evidence.start, evidence.end), line: text.slice(0, evidence.start).split('\n').length };
}

/** The GraphQL selection that `locate` needs. */
export const EVIDENCE_FIELDS = 'quote line start end document { file }';

/** Harness limits for the seed graph: the nested queries here are heavier than the fixture suite's. */
const SEED_API_CONFIG = { maxQueryComplexity: 200_000 };

/** Starts the API over a fresh store of `kind` and builds the seed graph in it. */
export async function startSeedApi(kind: StoreKind): Promise<ApiHarness> {
  const config = { ...loadConfig({}), seedsDir: SEEDS_DIR, maxDocumentBytes: TEST_CONFIG.maxDocumentBytes };
  const api = await startApi({ store: kind, config: SEED_API_CONFIG, ingest: (store) => createIngest(store, config) });
  try {
    const summary = await ingestDocuments(seedFiles(), api.store, { lexicon: SEED_LEXICON, maxDocumentBytes: SEED_MAX_BYTES });
    if (summary.totals.documents !== 5) throw new Error(`the seed build ingested ${summary.totals.documents} documents, not 5`);
  } catch (error) {
    await api.close();
    throw error;
  }
  return api;
}

/** Runs a query and fails with the errors when there are any, so a case reads only its data. */
export async function queryData<T = any>(api: ApiHarness, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T> {
  const r = await api.graphql<T>(query, variables, headers);
  if (r.errors !== undefined || r.data === undefined) throw new Error(`query failed (HTTP ${r.status}): ${JSON.stringify(r.errors)}`);
  return r.data;
}
