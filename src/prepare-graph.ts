import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Logger } from 'pino';
import type { IngestFn } from './api';
import { lexiconPath, seedDocuments } from './cli/seed-files';
import type { Config } from './config';
import { createPipeline, ingestDocuments, ingestText } from './ingest';
import type { GraphStore } from './store/graph-store.port';
import { version } from '../package.json';

/** What the last seed build wrote: the fingerprint of its inputs and the documents it produced. */
interface SeedBuild {
  fingerprint: string;
  documentIds: string[];
}

const BUILD_FILE = 'seed-build.json';

/** A hash of every seed document and the lexicon (names and bytes) and of the extractor's version. */
async function fingerprintSeeds(files: readonly string[], lexicon: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`vetgraph@${version}\n`);
  for (const file of [...files, lexicon]) hash.update(`${basename(file)}\n`).update(await readFile(file)).update('\n');
  return hash.digest('hex');
}

async function readBuild(dataDir: string): Promise<SeedBuild | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(dataDir, BUILD_FILE), 'utf8')) as Partial<SeedBuild>;
    return typeof parsed.fingerprint === 'string' && Array.isArray(parsed.documentIds) ? (parsed as SeedBuild) : undefined;
  } catch {
    return undefined; // no build yet, or an unreadable marker: build again (ingest is idempotent)
  }
}

async function writeBuild(dataDir: string, build: SeedBuild): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, BUILD_FILE);
  await writeFile(`${path}.tmp`, JSON.stringify(build, null, 2) + '\n');
  await rename(`${path}.tmp`, path);
}

/**
 * Gets the graph ready before the server listens: builds it from the seed documents, or keeps the
 * cached build when the seeds, the lexicon and the extractor are unchanged and its documents are
 * still in the store. Keeping the cache also keeps edits made through the API (aliases, merges).
 */
export async function prepareGraph(store: GraphStore, config: Config, logger: Logger): Promise<void> {
  await store.init();
  const files = await seedDocuments(config.seedsDir);
  const lexicon = lexiconPath(config.seedsDir);
  const fingerprint = await fingerprintSeeds(files, lexicon);
  const cached = await readBuild(config.dataDir);
  if (cached?.fingerprint === fingerprint && cached.documentIds.length > 0) {
    const found = await store.getNodes(cached.documentIds);
    if (found.every((n) => n !== null)) {
      logger.info({ documents: found.length }, 'graph: seeds unchanged, using the cached build');
      return;
    }
  }
  const summary = await ingestDocuments(files, store, { lexicon, maxDocumentBytes: config.maxDocumentBytes });
  await writeBuild(config.dataDir, { fingerprint, documentIds: summary.documents.map((d) => d.documentId) });
  logger.info({ documents: summary.totals.documents, entities: summary.totals.entities, clauses: summary.totals.clauses, ms: summary.elapsedMs }, 'graph: built from the seed documents');
}

/** The ingest pipeline behind the `ingestDocument` mutation: made once, one document per call, all-or-nothing. */
export function createIngest(store: GraphStore, config: Config): IngestFn {
  const pipeline = createPipeline({ lexicon: lexiconPath(config.seedsDir), maxDocumentBytes: config.maxDocumentBytes });
  return (file, text) => ingestText(file, text, store, pipeline);
}
