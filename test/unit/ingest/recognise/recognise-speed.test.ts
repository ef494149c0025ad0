import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recogniseEntities } from '../../../../src/ingest/recognise';
import { lexiconGazetteer, loadLexicon } from '../../../../src/ingest/resolve';

const SEEDS = join(__dirname, '../../../../seeds');

describe('recogniseEntities speed', () => {
  it('recognises all five seeds (~270 KB) in well under a second once jieba is loaded', () => {
    const gazetteer = lexiconGazetteer(loadLexicon(join(SEEDS, 'lexicon.json')));
    const texts = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(SEEDS, f), 'utf8').normalize('NFKC'));
    expect(texts.reduce((n, t) => n + Buffer.byteLength(t), 0)).toBeGreaterThan(250_000);
    // Loads jieba's dictionary and warms its WebAssembly once, as the first document of any ingest does.
    recogniseEntities(texts[0], { gazetteer });
    const started = performance.now();
    const counts = texts.map((t) => recogniseEntities(t, { gazetteer }).length);
    const elapsed = performance.now() - started;
    process.stdout.write(`recognised ${counts.join(' + ')} mentions in ${elapsed.toFixed(0)} ms\n`);
    expect(counts.every((n) => n > 100)).toBe(true);
    expect(elapsed).toBeLessThan(700);
  });
});
