/**
 * `npm run eval -- [--gold PATH] [--details]`
 * Ingests the seed documents into a fresh in-memory store, compares the graph with the gold
 * annotation and prints precision, recall and F1 per relation type, table-derived and free-text
 * apart. The scores are a report, not a test: the exit code is 0 whatever they are.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { ingestDocuments } from '../ingest';
import { evaluateGraph, formatReport, loadGold } from '../ingest/eval';
import { MemoryStore } from '../store';
import { runCli, UsageError } from './run-cli';
import { lexiconPath, seedDocuments } from './seed-files';

const USAGE = 'usage: npm run eval -- [--gold PATH] [--details]';
/** The gold sits in the test fixtures; from dist/src/cli that is three folders up. */
const DEFAULT_GOLD = resolve(__dirname, '../../../test/fixtures/gold/relations.json');

runCli(async (argv) => {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { gold: { type: 'string' }, details: { type: 'boolean' } } }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const config = loadConfig();
  const gold = loadGold(values.gold ?? DEFAULT_GOLD);
  const store = new MemoryStore();
  await store.init();
  const summary = await ingestDocuments(await seedDocuments(config.seedsDir), store, {
    lexicon: lexiconPath(config.seedsDir),
    maxDocumentBytes: config.maxDocumentBytes,
  });
  const report = evaluateGraph(await store.dump(), gold.relations);
  await store.close();
  process.stdout.write(`ingested ${summary.totals.documents} documents in ${(summary.elapsedMs / 1000).toFixed(2)} s\n\n`);
  process.stdout.write(`${formatReport(report)}\n`);
  if (values.details) {
    for (const g of report.missed) process.stdout.write(`missed  ${g.type} ${g.source} -> ${g.target} (${g.document}:${g.line})\n`);
    for (const p of report.extra) process.stdout.write(`extra   ${p.type} ${p.source} -> ${p.target} (${p.document})\n`);
  }
});
