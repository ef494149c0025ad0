import type { BenchReport, GraphRun, QueryResult } from '../run/bench-results';
import { TARGET_KINDS, type TargetKind } from '../targets/target-spec';
import { checkTargets, resultOf, unloadedP50 } from './check-targets';

const TITLE: Record<TargetKind, string> = {
  'vetgraph-neo4j': 'vetgraph (Neo4j)',
  'neo4j-graphql': '@neo4j/graphql',
  'raw-cypher': 'raw Cypher',
  'vetgraph-memory': 'vetgraph (embedded)',
};

/** Numbers as shown; NaN (no sample) comes back from JSON as null. */
const missing = (n: number | null | undefined): n is null | undefined => n === undefined || n === null || Number.isNaN(n);
const n0 = (n: number | undefined) => (missing(n) ? '–' : Math.round(n).toLocaleString('en'));
const n1 = (n: number | undefined) => (missing(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

/** A Markdown table; the first `textColumns` columns are left-aligned text, the rest right-aligned numbers. */
function table(head: string[], rows: string[][], textColumns = 1): string {
  return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < textColumns ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const targetsOf = (run: GraphRun): TargetKind[] => TARGET_KINDS.filter((t) => run.runs.some((r) => r.target === t));
const queriesOf = (run: GraphRun): string[] => [...new Set(run.runs.flatMap((r) => r.results.map((q) => q.query)))];

function cell(run: GraphRun, target: TargetKind, query: string, show: (r: QueryResult) => string): string {
  const failed = run.runs.find((r) => r.target === target)?.results.find((q) => q.query === query && q.error);
  if (failed) return 'error';
  const r = resultOf(run, target, query);
  return r ? show(r) : '–';
}

function itemsCell(run: GraphRun, query: string): string {
  const counts = [...new Set(run.runs.flatMap((r) => r.results.filter((q) => q.query === query && !q.error).map((q) => q.items)))];
  return counts.length === 1 ? String(counts[0]) : `**differ: ${run.runs.map((r) => `${TITLE[r.target]} ${r.results.find((q) => q.query === query)?.items ?? '–'}`).join(', ')}**`;
}

function comparison(run: GraphRun, report: BenchReport): string {
  const targets = targetsOf(run);
  const queries = queriesOf(run);
  const c = report.options.connections;
  const parts = [
    `## Comparison on ${run.label} (${n0(run.nodes)} nodes, ${n0(run.edges)} edges)`,
    `Subjects (picked by rule from the graph): school \`${run.subjects.schoolName}\`, path to \`${run.subjects.pathTo}\` (${run.subjects.pathHops} hops), document \`${run.subjects.documentId}\` (${run.subjects.documentClauses} clauses), search \`${run.subjects.searchQuery}\`. "items" is the size of every target's answer (they must agree).`,
    `### Requests per second (${c} connections)`,
    table(['query', 'items', ...targets.map((t) => TITLE[t])], queries.map((q) => [q, itemsCell(run, q), ...targets.map((t) => cell(run, t, q, (r) => n0(r.requestsPerSecond)))])),
    `### Latency under load, p50 / p99 ms (${c} connections)`,
    table(['query', ...targets.map((t) => TITLE[t])], queries.map((q) => [q, ...targets.map((t) => cell(run, t, q, (r) => `${n1(r.latency?.p50)} / ${n1(r.latency?.p99)}`))])),
    '### Latency at one connection, p50 / p99 ms',
    table(['query', ...targets.map((t) => TITLE[t])], queries.map((q) => [q, ...targets.map((t) => cell(run, t, q, (r) => (r.unloaded ? `${n1(r.unloaded.p50)} / ${n1(r.unloaded.p99)}` : '–')))])),
    '### Ratios (same run)',
    table(
      ['query', 'vetgraph ÷ @neo4j/graphql req/s', 'p99 vetgraph ÷ @neo4j/graphql', 'vetgraph ÷ raw req/s', 'raw ÷ @neo4j/graphql req/s (the most any layer could reach)', 'embedded ÷ vetgraph (Neo4j) req/s'],
      queries.map((q) => {
        const vg = resultOf(run, 'vetgraph-neo4j', q);
        const ng = resultOf(run, 'neo4j-graphql', q);
        const raw = resultOf(run, 'raw-cypher', q);
        const mem = resultOf(run, 'vetgraph-memory', q);
        return [q, ratio(vg?.requestsPerSecond, ng?.requestsPerSecond), ratio(vg?.latency?.p99, ng?.latency?.p99), ratio(vg?.requestsPerSecond, raw?.requestsPerSecond), ratio(raw?.requestsPerSecond, ng?.requestsPerSecond), ratio(mem?.requestsPerSecond, vg?.requestsPerSecond)];
      }),
    ),
    '### CPU per request, ms: server process / Neo4j JVM (same window as the load; /proc, 10 ms ticks)',
    table(['query', ...targets.map((t) => TITLE[t])], queries.map((q) => [q, ...targets.map((t) => cell(run, t, q, (r) => `${n1(r.serverCpuMsPerRequest)} / ${t === 'vetgraph-memory' ? '–' : n1(r.neo4jCpuMsPerRequest)}`))])),
    '### Store round trips per request (port calls / Cypher statements / transactions) and peak RSS of the server process',
    table(['query', ...targets.map((t) => TITLE[t])], queries.map((q) => [q, ...targets.map((t) => cell(run, t, q, (r) => `${n1(r.portCallsPerRequest)} / ${n1(r.cypherPerRequest)} / ${n1(r.transactionsPerRequest)} · ${n0(r.rssPeakMb)} MB`))])),
  ];
  if (run.neo4jRssMb) parts.push(`Neo4j JVM RSS after the comparison: ${n0(run.neo4jRssMb)} MB.`);
  return parts.join('\n\n');
}

function scaling(runs: GraphRun[]): string {
  if (runs.length === 0) return '';
  const targets = TARGET_KINDS.filter((t) => runs.some((g) => g.runs.some((r) => r.target === t)));
  const queries = [...new Set(runs.flatMap(queriesOf))];
  const parts = [
    '## Scaling (synthetic graphs, seed-shaped; the same subjects at every size)',
    table(
      ['size', 'nodes', 'edges', 'port upsert of one stored unit (s)', 'Neo4j RSS (MB)', ...targets.map((t) => `${TITLE[t]}: start-up (s) · peak RSS (MB)`)],
      runs.map((g) => [g.label, n0(g.nodes), n0(g.edges), n1(g.portRewriteSeconds), n0(g.neo4jRssMb), ...targets.map((t) => {
        const run = g.runs.find((r) => r.target === t);
        return run ? `${n1(run.setupSeconds)} · ${n0(Math.max(...run.results.map((q) => q.rssPeakMb ?? 0)))}` : '–';
      })]),
    ),
  ];
  for (const t of targets) {
    const first = runs[0];
    const last = runs[runs.length - 1];
    parts.push(`### ${TITLE[t]}: req/s · p50 at one connection (ms)`);
    parts.push(
      table(
        ['query', ...runs.map((g) => g.label), `p50 ${last.label} ÷ ${first.label}`],
        queries.map((q) => [q, ...runs.map((g) => cell(g, t, q, (r) => `${n0(r.requestsPerSecond)} · ${n1(unloadedP50(r))}${r.unloaded && !missing(r.unloaded.p50) ? '' : '†'}`)), ratio(unloadedP50(resultOf(last, t, q)), unloadedP50(resultOf(first, t, q)))]),
      ),
    );
  }
  parts.push('† No request finished inside the measuring window: the time of one request alone (the check request) instead.');
  return parts.join('\n\n');
}

/** The run as Markdown: loads, the four-way comparison with ratios, the scaling tables, and the targets judged. */
export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const o = report.options;
  const verdicts = checkTargets(report);
  return [
    `# vetgraph bench — ${report.startedAt}`,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb.toFixed(0)} GB RAM; Node ${m.node}; ${m.java}; load average (1/5/15 min) ${m.loadAverage.map((l) => l.toFixed(2)).join(' ')} at the start, ${m.loadAverageEnd?.map((l) => l.toFixed(2)).join(' ') ?? '?'} at the end (other work on the machine shows here). ` +
      `Load: autocannon on 127.0.0.1, ${o.connections} connections, ${o.warmup} s warm-up + ${o.duration} s measured per query and target, then ${o.latencyDuration} s at one connection. Each server runs alone in its own process.`,
    '## Targets',
    table(['target', 'met', 'numbers'], verdicts.map((v) => [v.target, v.met === undefined ? 'not measured' : v.met ? 'yes' : '**no**', v.detail]), 3),
    '## Loads',
    table(['what', 'method', 'nodes', 'edges', 'seconds', 'nodes/s', 'nodes+edges/s'], report.loads.map((l) => [l.what, l.method, n0(l.nodes), n0(l.edges), n1(l.seconds), n0(l.nodesPerSecond), n0(l.itemsPerSecond)]), 2),
    report.comparison ? comparison(report.comparison, report) : '',
    scaling(report.scaling),
  ].filter(Boolean).join('\n\n') + '\n';
}
