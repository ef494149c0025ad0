import type { Evidence } from '../../../../src/graph/evidence';
import type { GraphBatch, GraphEdge, GraphNode } from '../../../../src/graph/graph-types';
import { edgeId } from '../../../../src/graph/ids';
import type { RelationType } from '../../../../src/graph/relation-type';
import { evaluateGraph, formatReport, loadGold, type GoldRelation } from '../../../../src/ingest/eval';
import { GOLD_FILE, ingestInto, SEED_FILES } from './pipeline.fixtures';

const DOC = 'Policy:渝试发〔2099〕1号';
const ev = (extractor: string): Evidence[] => [{ document: DOC, line: 1, start: 0, end: 1, quote: 'x', extractor }];
const node = (id: string, kind: GraphNode['kind'], name: string, aliases: string[] = [], properties: GraphNode['properties'] = {}): GraphNode => ({ id, kind, name, aliases, properties, evidence: ev('t@1') });
const edge = (type: RelationType, source: string, target: string, extractor = 'text@1'): GraphEdge => ({ id: edgeId(type, source, target), type, source, target, properties: {}, evidence: ev(extractor) });
const gold = (g: Partial<GoldRelation> & Pick<GoldRelation, 'type' | 'source' | 'target'>): GoldRelation => ({ document: 'doc.txt', line: 1, quote: 'x', from: 'text', ...g });

/** A small graph: a document with one task, two bodies, a school and a firm. */
const graph: GraphBatch = {
  nodes: [
    node(DOC, 'Policy', '测试通知', [], { file: 'some/dir/doc.txt', docNumber: '渝试发〔2099〕1号', inCorpus: true }),
    node('Clause:t1', 'Clause', '（一）任务', [], { document: DOC, text: '（一）推进 产教融合。具体内容', marker: '（一）' }),
    node('GovernmentBody:重庆市教育委员会', 'GovernmentBody', '重庆市教育委员会', ['重庆市教委']),
    node('GovernmentBody:重庆市财政局', 'GovernmentBody', '重庆市财政局'),
    node('School:甲职业学院', 'School', '甲职业学院'),
    node('Enterprise:乙有限公司', 'Enterprise', '乙有限公司'),
  ],
  edges: [
    edge('RESPONSIBLE_FOR', 'GovernmentBody:重庆市教育委员会', 'Clause:t1', 'table-duties@1'),
    edge('RESPONSIBLE_FOR', 'GovernmentBody:重庆市财政局', 'Clause:t1', 'table-duties@1'),
    edge('PARTNERS_WITH', 'Enterprise:乙有限公司', 'School:甲职业学院'),
    edge('CITES', 'Clause:t1', DOC),
    edge('OPERATES', 'School:甲职业学院', 'Enterprise:乙有限公司', 'table-overseas@1'),
  ],
};

describe('evaluating a graph against gold relations', () => {
  const relations = [
    gold({ type: 'RESPONSIBLE_FOR', source: '市教委', target: 'task:doc.txt#（一）', from: 'table', targetText: '（一）推进产教融合', sourceAlias: true }),
    gold({ type: 'RESPONSIBLE_FOR', source: '市人力社保局', target: 'task:doc.txt#（一）', from: 'table', targetText: '（一）推进产教融合' }),
    gold({ type: 'RESPONSIBLE_FOR', source: '各区县政府', target: 'task:doc.txt#（一）', from: 'table', collective: true }),
    gold({ type: 'PARTNERS_WITH', source: '甲职业学院', target: '乙有限公司' }),
  ];
  const report = evaluateGraph(graph, relations);
  const row = (from: string, type: string) => report.rows.find((r) => r.from === from && r.type === type);

  it('matches tasks by text prefix and municipal short forms by their city-qualified alias', () => {
    expect(row('table', 'RESPONSIBLE_FOR')).toMatchObject({ gold: 2, found: 1, predicted: 2, correct: 1 });
    expect(report.missed.map((g) => g.source)).toEqual(['市人力社保局']);
  });

  it('matches PARTNERS_WITH either way round and leaves collective units and clause-level citations out', () => {
    expect(row('text', 'PARTNERS_WITH')).toMatchObject({ gold: 1, found: 1, predicted: 1, correct: 1 });
    expect(report.excluded).toBe(1);
    expect(row('text', 'CITES')).toBeUndefined();
  });

  it('reports types the gold does not annotate apart, out of the totals', () => {
    expect(row('table', 'OPERATES')).toMatchObject({ gold: 0, predicted: 1, unannotated: true });
    expect(report.totals.table).toEqual({ gold: 2, predicted: 2, found: 1, correct: 1 });
    const text = formatReport(report);
    expect(text).toMatch(/table\s+RESPONSIBLE_FOR\s+2\s+2\s+1\s+0\.50\s+0\.50\s+0\.50/);
    expect(text).toMatch(/OPERATES.*not annotated in the gold/);
  });
});

describe('the seeds against the gold annotation', () => {
  it('reaches the quality targets: table-derived ≥ 0.95, free text ≥ 0.85, precision and recall', async () => {
    const { graph: seeds } = await ingestInto(SEED_FILES);
    const report = evaluateGraph(seeds, loadGold(GOLD_FILE).relations);
    const figures = (s: { gold: number; predicted: number; found: number; correct: number }) => ({ p: s.correct / s.predicted, r: s.found / s.gold });
    expect(figures(report.totals.table).p).toBeGreaterThanOrEqual(0.95);
    expect(figures(report.totals.table).r).toBeGreaterThanOrEqual(0.95);
    expect(figures(report.totals.text).p).toBeGreaterThanOrEqual(0.85);
    expect(figures(report.totals.text).r).toBeGreaterThanOrEqual(0.85);
    // The document-level rules of the pipeline itself: citations, issuers, duty fields.
    const low = ['CITES', 'ISSUED_BY', 'RESPONSIBLE_FOR', 'LEADS']
      .map((type) => ({ type, ...figures(report.rows.find((x) => x.from === 'text' && x.type === type) ?? { gold: 1, predicted: 1, found: 0, correct: 0 }) }))
      .filter((x) => x.p < 0.9 || x.r < 0.9);
    expect(low).toEqual([]);
  }, 60_000);
});
