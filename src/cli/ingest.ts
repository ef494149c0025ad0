/**
 * `npm run ingest -- [--skip-bad] [files…]`
 * Ingests documents (default: every *.txt in the seeds folder) into the configured store. Every
 * document is read and extracted before anything is written; a bad document stops the run before
 * any write unless `--skip-bad` is given. Running it twice changes nothing.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { ingestDocuments } from '../ingest';
import { createGraphStore } from '../store/create-graph-store';
import { formatIngestReport } from './ingest-report';
import { createProgressLine } from './progress-line';
import { runCli, UsageError } from './run-cli';
import { lexiconPath, seedDocuments } from './seed-files';

const USAGE = 'usage: npm run ingest -- [--skip-bad] [files…]';

runCli(async (argv) => {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { 'skip-bad': { type: 'boolean' }, help: { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const files = parsed.positionals.length > 0 ? parsed.positionals : await seedDocuments(config.seedsDir);
  const store = createGraphStore(config);
  const progress = createProgressLine(process.stderr);
  try {
    await store.init();
    const summary = await ingestDocuments(files, store, {
      lexicon: lexiconPath(config.seedsDir),
      maxDocumentBytes: config.maxDocumentBytes,
      onBadDocument: parsed.values['skip-bad'] ? 'skip' : 'abort',
      onProgress: (p) => progress.update(p),
    });
    progress.done();
    process.stdout.write(formatIngestReport(summary));
  } finally {
    progress.done();
    await store.close();
  }
});
