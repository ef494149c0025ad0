import type { BenchReport, GraphRun, QueryResult } from '../run/bench-results';
import { QUERY_MIX } from '../queries/query-mix';
import type { TargetKind } from '../targets/target-spec';

/** One of the brief's targets, judged on this run's numbers. */
export interface TargetVerdict {
  target: string;
  met: boolean | undefined;
  detail: string;
}

export function resultOf(run: GraphRun | undefined, target: TargetKind, query: string): QueryResult | undefined {
  return run?.runs.find((r) => r.target === target)?.results.find((q) => q.query === query && !q.error);
}

/** p50 at one connection, or the one check request's time when no request finished inside the window. */
export function unloadedP50(r: QueryResult | undefined): number | undefined {
  if (!r) return undefined;
  const p50 = r.unloaded?.p50;
  return typeof p50 === 'number' && !Number.isNaN(p50) ? p50 : r.checkMs;
}

/** The mix's queries in this run, without the hot-spot probes (the brief's targets are about the mix). */
const PROBES = new Set(QUERY_MIX.filter((q) => q.probe).map((q) => q.name));
const queriesOf = (run: GraphRun): string[] => [...new Set(run.runs.flatMap((r) => r.results.map((q) => q.query)))].filter((q) => !PROBES.has(q));
const fmt = (n: number | undefined, digits = 2) => (typeof n !== 'number' || Number.isNaN(n) ? '–' : n.toFixed(digits));

/** Judges the brief's targets; a target without the numbers it needs is `met: undefined`. */
export function checkTargets(report: BenchReport): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  const cmp = report.comparison;
  if (cmp) {
    const misses: string[] = [];
    let judged = 0;
    for (const q of queriesOf(cmp)) {
      const vg = resultOf(cmp, 'vetgraph-neo4j', q);
      const ng = resultOf(cmp, 'neo4j-graphql', q);
      if (!vg?.requestsPerSecond || !ng?.requestsPerSecond || !vg.latency || !ng.latency) continue;
      judged += 1;
      const ratio = vg.requestsPerSecond / ng.requestsPerSecond;
      // Raw Cypher ÷ the library is the most any layer over the same statements could reach.
      const raw = resultOf(cmp, 'raw-cypher', q)?.requestsPerSecond;
      const ceiling = raw ? `; raw Cypher ${fmt(raw / ng.requestsPerSecond)}×` : '';
      if (ratio < 1.5 || vg.latency.p99 > ng.latency.p99) misses.push(`${q} ${fmt(ratio)}× (p99 ${fmt(vg.latency.p99, 1)} vs ${fmt(ng.latency.p99, 1)} ms${ceiling})`);
    }
    verdicts.push({ target: 'vetgraph on Neo4j ≥ 1.5× the throughput of @neo4j/graphql per query, p99 no worse', met: judged ? misses.length === 0 : undefined, detail: misses.length ? `missed on ${misses.length}/${judged}: ${misses.join('; ')}` : `${judged} queries judged` });
    const rawMisses: string[] = [];
    judged = 0;
    for (const q of queriesOf(cmp)) {
      const vg = resultOf(cmp, 'vetgraph-neo4j', q);
      const raw = resultOf(cmp, 'raw-cypher', q);
      if (!vg?.requestsPerSecond || !raw?.requestsPerSecond) continue;
      judged += 1;
      const slower = raw.requestsPerSecond / vg.requestsPerSecond;
      if (slower > 1.3) rawMisses.push(`${q} ${fmt(slower)}× slower`);
    }
    verdicts.push({ target: 'vetgraph on Neo4j within 1.3× of raw Cypher (throughput)', met: judged ? rawMisses.length === 0 : undefined, detail: rawMisses.length ? `missed on ${rawMisses.length}/${judged}: ${rawMisses.join('; ')}` : `${judged} queries judged` });
    const slow: string[] = [];
    judged = 0;
    for (const q of queriesOf(cmp)) {
      const mem = resultOf(cmp, 'vetgraph-memory', q);
      if (!mem?.unloaded) continue;
      judged += 1;
      if (mem.unloaded.p50 >= 2) slow.push(`${q} ${fmt(mem.unloaded.p50)} ms`);
    }
    verdicts.push({ target: 'embedded p50 < 2 ms per query at seed size (one connection)', met: judged ? slow.length === 0 : undefined, detail: slow.length ? `missed on ${slow.length}/${judged}: ${slow.join('; ')}` : `${judged} queries judged` });
  }
  const [small, large] = [report.scaling[0], report.scaling[report.scaling.length - 1]];
  if (small && large && small !== large) {
    const growth: string[] = [];
    let ok = true;
    for (const target of ['vetgraph-neo4j', 'vetgraph-memory'] as const) {
      for (const q of ['entity-by-name', 'relations']) {
        const a = unloadedP50(resultOf(small, target, q));
        const b = unloadedP50(resultOf(large, target, q));
        if (a === undefined || b === undefined) continue;
        ok &&= b / a <= 2;
        growth.push(`${target} ${q} ${fmt(a)} → ${fmt(b)} ms (${fmt(b / a)}×)`);
      }
    }
    verdicts.push({ target: `look-ups by name and depth-1 relations within 2× from ${small.label} to ${large.label} (p50, one connection)`, met: growth.length ? ok : undefined, detail: growth.join('; ') });
  }
  const neo4jIngests = report.loads.filter((l) => l.method === 'ingest');
  const embedded = report.comparison?.runs.find((r) => r.graph?.method === 'ingest')?.graph;
  if (neo4jIngests.length || embedded) {
    const warm = neo4jIngests[neo4jIngests.length - 1];
    const judged = [warm?.seconds, embedded?.loadSeconds].filter((s): s is number => s !== undefined);
    const detail = [
      ...neo4jIngests.map((l) => `${l.what.replace(/^seed corpus, /, '')}: ${fmt(l.seconds)} s`),
      ...(embedded ? [`embedded (MemoryStore, in the target process): ${fmt(embedded.loadSeconds)} s`] : []),
    ];
    verdicts.push({ target: 'ingest of the seed corpus < 5 s (judged on the warm Neo4j run and the embedded run)', met: judged.every((s) => s < 5), detail: detail.join('; ') });
  }
  return verdicts;
}
