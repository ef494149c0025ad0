/** Renders a saved run's Markdown again: `node dist/bench/render-results.js bench/out/<run>.json`. */
import { readFileSync } from 'node:fs';
import { renderMarkdown } from './report/render-markdown';
import type { BenchReport } from './run/bench-results';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node dist/bench/render-results.js <run.json>\n');
  process.exit(2);
}
process.stdout.write(renderMarkdown(JSON.parse(readFileSync(file, 'utf8')) as BenchReport));
