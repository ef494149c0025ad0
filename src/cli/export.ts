/**
 * `npm run export -- --format json|graphml|csv --out PATH`
 * Writes the whole graph of the configured store. For csv, PATH is a folder that receives nodes.csv and edges.csv.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { toCsv } from '../graph/export/export-csv';
import { toGraphml } from '../graph/export/export-graphml';
import { toExportJson } from '../graph/export/export-json';
import { createGraphStore } from '../store/create-graph-store';
import { runCli, UsageError } from './run-cli';

const FORMATS = ['json', 'graphml', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = 'usage: npm run export -- --format json|graphml|csv --out PATH';

/** Writes via a temporary file and a rename, so a reader never sees half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, path);
}

function readOptions(argv: string[]): { format: Format; out: string } {
  const { values } = parseArgs({ args: argv, options: { format: { type: 'string' }, out: { type: 'string' } } });
  const format = values.format ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format "${format}" is not one of ${FORMATS.join(', ')}\n${USAGE}`);
  if (!values.out) throw new UsageError(`--out PATH is required\n${USAGE}`);
  return { format: format as Format, out: values.out };
}

runCli(async (argv) => {
  const { format, out } = readOptions(argv);
  const store = createGraphStore(loadConfig());
  try {
    await store.init();
    const graph = await store.dump();
    if (format === 'json') await writeAtomically(out, JSON.stringify(toExportJson(graph), null, 2) + '\n');
    if (format === 'graphml') await writeAtomically(out, toGraphml(graph));
    if (format === 'csv') {
      for (const [name, text] of Object.entries(toCsv(graph))) await writeAtomically(join(out, name), text);
    }
    process.stdout.write(`exported ${graph.nodes.length} nodes and ${graph.edges.length} edges as ${format} to ${out}\n`);
  } finally {
    await store.close();
  }
});
