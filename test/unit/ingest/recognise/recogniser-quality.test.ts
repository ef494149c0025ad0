import { join } from 'node:path';
import { recogniseEntities } from '../../../../src/ingest/recognise';
import { lexiconGazetteer, loadLexicon } from '../../../../src/ingest/resolve';
import { ANNOTATED_PARAGRAPHS, HELD_OUT_PARAGRAPHS, type AnnotatedParagraph } from './annotated-paragraphs.fixtures';

const gazetteer = lexiconGazetteer(loadLexicon(join(__dirname, '../../../../seeds/lexicon.json')));

interface Span {
  start: number;
  end: number;
  kind: string;
}

/** Gold spans: each annotation is looked up after the previous one, so repeated names get their own spans. */
function goldSpans(p: AnnotatedParagraph): Span[] {
  let from = 0;
  return p.gold.map(([surface, kind]) => {
    const start = p.text.indexOf(surface, from);
    if (start < 0) throw new Error(`${p.source}: gold "${surface}" not found after offset ${from}`);
    from = start + surface.length;
    return { start, end: start + surface.length, kind };
  });
}

function ignoredSpans(p: AnnotatedParagraph): Span[] {
  return (p.ignore ?? []).flatMap((surface) => {
    const start = p.text.indexOf(surface);
    if (start < 0) throw new Error(`${p.source}: ignored "${surface}" not found`);
    return [{ start, end: start + surface.length, kind: '' }];
  });
}

const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;
const key = (s: Span) => `${s.start}:${s.end}:${s.kind}`;
const spanKey = (s: Span) => `${s.start}:${s.end}`;

function score(paragraphs: AnnotatedParagraph[]) {
  let predicted = 0;
  let gold = 0;
  let exact = 0;
  let spanOnly = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const p of paragraphs) {
    const g = goldSpans(p);
    const ignored = ignoredSpans(p);
    const named = recogniseEntities(p.text, { gazetteer }).filter((m) => !m.generic);
    const scored = named.filter((m) => !ignored.some((i) => inside(m, i)));
    const goldKeys = new Set(g.map(key));
    const goldSpanKeys = new Set(g.map(spanKey));
    const predictedKeys = new Set(scored.map(key));
    predicted += scored.length;
    gold += g.length;
    exact += scored.filter((m) => goldKeys.has(key(m))).length;
    spanOnly += scored.filter((m) => goldSpanKeys.has(spanKey(m))).length;
    misses.push(...g.filter((s) => !predictedKeys.has(key(s))).map((s) => `${p.source}: ${p.text.slice(s.start, s.end)} (${s.kind})`));
    wrong.push(...scored.filter((m) => !goldKeys.has(key(m))).map((m) => `${p.source}: ${m.surface} (${m.kind})`));
  }
  return { predicted, gold, exact, spanOnly, misses, wrong };
}

function report(name: string, s: ReturnType<typeof score>): { precision: number; recall: number } {
  const precision = s.exact / s.predicted;
  const recall = s.exact / s.gold;
  process.stdout.write(
    [
      `${name} — named mentions: gold ${s.gold}, predicted ${s.predicted}, exact ${s.exact}, right span any kind ${s.spanOnly}`,
      `precision ${(100 * precision).toFixed(1)}%  recall ${(100 * recall).toFixed(1)}%  F1 ${((200 * precision * recall) / (precision + recall)).toFixed(1)}%`,
      `missed: ${s.misses.join('; ') || '-'}`,
      `wrong: ${s.wrong.join('; ') || '-'}`,
      '',
    ].join('\n'),
  );
  return { precision, recall };
}

describe('recogniser quality on hand-annotated seed paragraphs (named mentions, exact span and kind)', () => {
  // Floors a little under today's numbers, so a change that makes recognition worse fails here.
  it('scores the development paragraphs', () => {
    const { precision, recall } = report('development set', score(ANNOTATED_PARAGRAPHS));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.88);
  });

  it('scores the held-out paragraphs', () => {
    const { precision, recall } = report('held-out set', score(HELD_OUT_PARAGRAPHS));
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});
