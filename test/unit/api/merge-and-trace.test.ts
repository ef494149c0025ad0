import { planMerge } from '../../../src/api/services/plan-merge';
import { collectMentions, sortMentions } from '../../../src/api/services/trace-mentions';
import { edgeId } from '../../../src/graph/ids';
import * as F from '../../fixtures/api-graph.fixtures';

describe('planMerge', () => {
  const dropEdges = F.EDGES.filter((e) => e.source === F.DIANZI.id || e.target === F.DIANZI.id);

  it('moves names to aliases and evidence to the kept node', () => {
    const { nodes } = planMerge(F.GONGYE, F.DIANZI, dropEdges);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ id: F.GONGYE.id, name: '重庆工业职业技术学院', nameEn: 'Chongqing College of Electronic Engineering' });
    // The English name moves to nameEn (the kept node had none), so it is not repeated as an alias.
    expect(nodes[0].aliases).toEqual(['重庆电子工程职业学院', '重庆电子职院']);
    expect(nodes[0].evidence).toEqual(F.DIANZI.evidence);
  });

  it('re-points every edge at the kept node with a re-derived id, and drops edges between the two', () => {
    const loop = { ...dropEdges[0], id: edgeId('PARTNERS_WITH', F.DIANZI.id, F.GONGYE.id), type: 'PARTNERS_WITH' as const, source: F.DIANZI.id, target: F.GONGYE.id };
    const { edges } = planMerge(F.GONGYE, F.DIANZI, [...dropEdges, loop]);
    expect(edges).toHaveLength(dropEdges.length);
    for (const edge of edges) {
      expect([edge.source, edge.target]).toContain(F.GONGYE.id);
      expect([edge.source, edge.target]).not.toContain(F.DIANZI.id);
      expect(edge.id).toBe(edgeId(edge.type, edge.source, edge.target));
    }
  });
});

describe('trace ordering', () => {
  it('collects each piece of evidence once, relations first, then sorts by date, document and offset', () => {
    const edges = F.EDGES.filter((e) => e.target === F.DIANZI.id || e.source === F.DIANZI.id);
    const collected = collectMentions(F.DIANZI, [...edges, ...edges]);
    const keys = collected.map((m) => `${m.evidence.document}|${m.evidence.start}|${m.evidence.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    const dates: Record<string, string | null> = { [F.PLAN]: '2099-05-29', [F.OPINION]: '2100-03-10' };
    const sorted = sortMentions(collected.map((m) => ({ ...m, date: dates[m.evidence.document] ?? null })));
    expect(sorted.map((m) => m.date)).toEqual([...sorted.map((m) => m.date)].sort());
    const inPlan = sorted.filter((m) => m.evidence.document === F.PLAN).map((m) => m.evidence.start);
    expect(inPlan).toEqual([...inPlan].sort((a, b) => a - b));
  });

  it('puts undated documents last', () => {
    const mention = (document: string, date: string | null) => ({
      evidence: { document, line: 1, start: 0, end: 1, quote: 'x' },
      relation: null,
      quote: 'x',
      line: 1,
      date,
    });
    expect(sortMentions([mention('A', null), mention('B', '2020-01-01')]).map((m) => m.evidence.document)).toEqual(['B', 'A']);
  });
});
