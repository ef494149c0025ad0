import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocument } from '../../../../../src/ingest/decode';
import { normaliseText } from '../../../../../src/ingest/normalise';
import { recogniseEntities } from '../../../../../src/ingest/recognise';
import { extractTextRelations } from '../../../../../src/ingest/relate/text';
import { gazetteer } from './relate-text.helpers';

/**
 * The rules against the hand annotation of seed 004 (test/fixtures/gold/relations.json, free-text
 * relations of the types these rules read), over the whole normalised document as the pipeline gives it.
 */
const ROOT = join(__dirname, '../../../../..');
const FILE = '004_8cc0f5bbd6b51b9c.txt';
const TYPES = new Set(['PARTNERS_WITH', 'OPERATES', 'LOCATED_IN', 'MEMBER_OF', 'RENAMED_TO', 'LEADS']);

interface GoldRelation {
  type: string;
  source: string;
  target: string;
  document: string;
  from: string;
}

/** Names compared loosely: no spaces or quotes, brackets of one width, and a short form matching the full one. */
const fold = (s: string) => s.normalize('NFKC').replace(/[\s“”"《》「」]/gu, '');
function sameName(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  return (shorter >= 4 && (x.includes(y) || y.includes(x))) || (shorter >= 3 && (x.endsWith(y) || y.endsWith(x)));
}

function matches(p: { type: string; source: string; target: string }, g: GoldRelation): boolean {
  if (p.type !== g.type) return false;
  if (sameName(p.source, g.source) && sameName(p.target, g.target)) return true;
  return p.type === 'PARTNERS_WITH' && sameName(p.source, g.target) && sameName(p.target, g.source);
}

describe('free-text relations on seed 004 against the gold annotation', () => {
  const source = decodeDocument(FILE, readFileSync(join(ROOT, 'seeds', FILE)), { maxBytes: 10_000_000 });
  const { text } = normaliseText(source);
  const mentions = recogniseEntities(text, { gazetteer });
  const gold = (JSON.parse(readFileSync(join(ROOT, 'test/fixtures/gold/relations.json'), 'utf8')).relations as GoldRelation[]).filter(
    (r) => r.document === FILE && r.from === 'text' && TYPES.has(r.type),
  );

  it('reads the whole report well under a second', () => {
    const started = performance.now();
    extractTextRelations(text, mentions, { gazetteer });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('finds most annotated relations and few others (floors a little under today’s numbers)', () => {
    const found = extractTextRelations(text, mentions, { gazetteer }).map((c) => ({
      type: c.type,
      source: c.source.fullForm ?? c.source.surface,
      target: c.target.fullForm ?? c.target.surface,
    }));
    const distinct = [...new Map(found.map((p) => [`${p.type}|${fold(p.source)}|${fold(p.target)}`, p])).values()];
    const wrong = distinct.filter((p) => !gold.some((g) => matches(p, g)));
    const missed = gold.filter((g) => !distinct.some((p) => matches(p, g)));
    const precision = (distinct.length - wrong.length) / distinct.length;
    const recall = (gold.length - missed.length) / gold.length;
    process.stdout.write(
      [
        `seed 004 free-text relations: gold ${gold.length}, predicted ${distinct.length}, precision ${(100 * precision).toFixed(1)}%, recall ${(100 * recall).toFixed(1)}%`,
        `not in the gold: ${wrong.map((p) => `${p.type} ${p.source} → ${p.target}`).join('; ') || '-'}`,
        `missed: ${missed.map((g) => `${g.type} ${g.source} → ${g.target}`).join('; ') || '-'}`,
        '',
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.93);
    expect(recall).toBeGreaterThanOrEqual(0.72);
  });
});
