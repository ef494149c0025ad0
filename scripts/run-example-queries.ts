/**
 * Runs every GraphQL query of docs/example-queries.md against the seed graph and shows the real
 * answers. Builds the graph from seeds/ into an in-memory embedded store (nothing under ./data is
 * touched), serves it with the default limits on 127.0.0.1, and sends each ```graphql block over HTTP.
 *
 *   npm run build && node dist/scripts/run-example-queries.js            print the answers
 *   npm run build && node dist/scripts/run-example-queries.js --write    put them in the document
 *   npm run build && node dist/scripts/run-example-queries.js --check    fail when the document is stale
 *
 * Long answers are trimmed the same way every time: lists keep their first items and end with
 * "… N more", long strings end with "…".
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { createApp } from '../src/app';
import { lexiconPath, seedDocuments } from '../src/cli/seed-files';
import { loadConfig } from '../src/config';
import { ingestDocuments } from '../src/ingest';
import { MemoryStore } from '../src/store/memory/memory-graph-store';

const ROOT = path.resolve(__dirname, '..', '..');
const DOC = path.join(ROOT, 'docs', 'example-queries.md');
const MAX_ITEMS = 6;
const MAX_CHARS = 120;

/** A ```graphql block and the ```json answer block that follows it (if any), by character range. */
interface Example {
  query: string;
  answer?: { start: number; end: number };
}

/** Finds the examples in the document: each graphql block, and the json block right after it. */
function findExamples(markdown: string): Example[] {
  const fence = /```(graphql|json)\n([\s\S]*?)```/g;
  const examples: Example[] = [];
  for (let m = fence.exec(markdown); m !== null; m = fence.exec(markdown)) {
    if (m[1] === 'graphql') examples.push({ query: m[2] });
    else if (examples.length > 0 && examples[examples.length - 1].answer === undefined) {
      examples[examples.length - 1].answer = { start: m.index, end: m.index + m[0].length };
    }
  }
  return examples;
}

/** The answer as the document shows it: long lists and strings cut, with what was left out said. */
function trim(value: unknown): unknown {
  if (Array.isArray(value)) {
    const kept = value.slice(0, value.length > MAX_ITEMS ? MAX_ITEMS - 1 : MAX_ITEMS).map(trim);
    return value.length > kept.length ? [...kept, `… ${value.length - kept.length} more`] : kept;
  }
  if (typeof value === 'string') return value.length > MAX_CHARS ? `${value.slice(0, MAX_CHARS - 20)}…` : value;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v)]));
  return value;
}

async function main(): Promise<void> {
  const mode = process.argv[2] ?? '--print';
  if (!['--print', '--write', '--check'].includes(mode)) throw new Error(`unknown option ${mode}; use --write or --check`);
  process.chdir(ROOT); // document files are recorded as seeds/…, as `npm start` records them
  const config = { ...loadConfig(), seedsDir: 'seeds' };
  const store = new MemoryStore();
  await store.init();
  const files = await seedDocuments(config.seedsDir);
  await ingestDocuments(files, store, { lexicon: lexiconPath(config.seedsDir), maxDocumentBytes: config.maxDocumentBytes });
  const app = await createApp({ store, config, logger: pino({ level: 'silent' }) });
  const url = await app.listen(0, '127.0.0.1');
  try {
    const markdown = readFileSync(DOC, 'utf8');
    const examples = findExamples(markdown);
    const answers: string[] = [];
    for (const example of examples) {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: example.query }) });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      if (body.errors !== undefined) throw new Error(`query failed (HTTP ${response.status}):\n${example.query}\n${JSON.stringify(body.errors, null, 2)}`);
      answers.push('```json\n' + JSON.stringify(trim(body.data), null, 2) + '\n```');
    }
    // From the last example back, so earlier character ranges stay valid while blocks are replaced.
    let updated = markdown;
    for (let i = examples.length - 1; i >= 0; i -= 1) {
      const place = examples[i].answer;
      if (!place) throw new Error(`example ${i + 1} has no \`\`\`json block after its query to hold the answer`);
      updated = updated.slice(0, place.start) + answers[i] + updated.slice(place.end);
    }
    if (mode === '--print') process.stdout.write(answers.map((a, i) => `# ${i + 1}\n${a}\n`).join('\n'));
    if (mode === '--write') writeFileSync(DOC, updated);
    if (mode === '--check' && updated !== markdown) throw new Error(`${path.relative(ROOT, DOC)} is stale; run with --write`);
    process.stderr.write(`${examples.length} queries answered${mode === '--write' ? `; ${path.relative(ROOT, DOC)} updated` : ''}\n`);
  } finally {
    await app.stop();
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
