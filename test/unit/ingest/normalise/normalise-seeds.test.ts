import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeDocument } from '../../../../src/ingest/decode';
import { normaliseText } from '../../../../src/ingest/normalise';

const SEEDS = path.resolve(__dirname, '../../../../seeds');
const sources = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => decodeDocument(f, readFileSync(path.join(SEEDS, f)), { maxBytes: 1_000_000 }));

describe('normaliseText on the seeds', () => {
  it('normalises every seed in milliseconds (the 176 KB report included)', () => {
    for (const source of sources) normaliseText(source); // warm-up: first calls compile the code
    for (const source of sources) {
      const started = performance.now();
      normaliseText(source);
      // Typically under 20 ms for the largest seed; the bound leaves room for a loaded machine.
      expect(performance.now() - started).toBeLessThan(400);
    }
  });

  it('leaves no empty lines, no doubled spaces and no conversion debris', () => {
    for (const source of sources) {
      const { text } = normaliseText(source);
      expect(text).not.toMatch(/\n\n|^ | $|  |\[bookmark:|\*\*/m);
      expect(text).not.toMatch(/\d 年|\d 月|\d 日|\d 号/);
    }
  });

  it('keeps every original line it drops accounted for: only blank lines and page numbers go', () => {
    for (const source of sources) {
      const n = normaliseText(source);
      const kept = new Set(n.lines.map((l) => l.line));
      source.original.split(/\r\n|\n|\r/).forEach((line, i) => {
        if (!kept.has(i + 1)) expect(line.trim()).toMatch(/^(?:\d{1,3})?$/);
      });
    }
  });
});
