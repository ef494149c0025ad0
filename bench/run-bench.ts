/**
 * `npm run bench`: vetgraph against the Neo4j GraphQL Library and raw Cypher over the same Neo4j,
 * plus the embedded store, on the seed graph; then how vetgraph's cost grows with graph size.
 * Writes bench/out/<timestamp>.json and .md and prints the Markdown. See bench/RESULTS.md.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { BenchUsageError, parseBenchOptions, USAGE, type BenchOptions } from './bench-options';
import type { DriveOptions } from './drive/drive-load';
import { startBenchNeo4j, type BenchNeo4j } from './neo4j/bench-neo4j';
import { pickSubjects } from './queries/pick-subjects';
import { QUERY_MIX, type BenchQuery } from './queries/query-mix';
import { renderMarkdown } from './report/render-markdown';
import type { BenchReport, GraphRun } from './run/bench-results';
import { measureMix } from './run/measure-mix';
import { firstUnit, growSynthetic, ingestSeeds, processRssMb, timePortRewrite } from './run/neo4j-graph';
import type { GraphSource, TargetKind, TargetSpec } from './targets/target-spec';

const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** First line of `java -version` (it writes to stderr). */
function javaVersion(): string {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `${result.stderr ?? ''}${result.stdout ?? ''}`.split('\n')[0]?.trim() || 'java not found';
}

function specFor(kind: TargetKind, uri: string, graph: GraphSource): TargetSpec {
  return kind === 'vetgraph-memory' ? { kind, graph } : { kind, uri };
}

async function runMix(db: BenchNeo4j, targets: TargetKind[], graph: GraphSource, run: Omit<GraphRun, 'runs'>, queries: BenchQuery[], options: BenchOptions, drive: DriveOptions): Promise<GraphRun> {
  log(`${run.label}: ${targets.join(', ')}`);
  const specs = targets.map((kind) => specFor(kind, db.uri, graph));
  const runs = await measureMix(specs, queries, run.subjects, { drive, heapMb: options.heapMb, neo4jPid: db.pid, log });
  return { ...run, runs, neo4jRssMb: processRssMb(db.pid) };
}

async function main(): Promise<void> {
  const parsed = parseBenchOptions(process.argv.slice(2));
  if (parsed === 'help') return void process.stdout.write(`${USAGE}\n`);
  const options = parsed;
  const queries = options.queries ? QUERY_MIX.filter((q) => options.queries!.includes(q.name)) : QUERY_MIX;
  if (queries.length === 0) throw new BenchUsageError(`--queries matches none of ${QUERY_MIX.map((q) => q.name).join(', ')}`);
  const drive: DriveOptions = { connections: options.connections, duration: options.duration, warmup: options.warmup, latencyDuration: options.latencyDuration };
  const startedAt = new Date();
  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', memoryGb: os.totalmem() / 2 ** 30, node: process.version, java: javaVersion(), loadAverage: os.loadavg() },
    options: { ...options },
    loads: [],
    scaling: [],
  };
  const db = await startBenchNeo4j(log, options.neo4jUri);
  try {
    if (options.compare) {
      const { loads, graph } = await ingestSeeds(db.driver, resolve(options.seedsDir));
      report.loads.push(...loads);
      const run = { label: 'the seed graph', scale: 'seeds' as const, nodes: graph.nodes.length, edges: graph.edges.length, subjects: pickSubjects(graph) };
      report.comparison = await runMix(db, options.targets, { kind: 'seeds', dir: resolve(options.seedsDir) }, run, queries, options, drive);
    }
    if (options.scaling) {
      const subjects = pickSubjects(firstUnit(options.seed));
      let loaded = 0;
      for (const scale of options.scales) {
        report.loads.push(...(await growSynthetic(db.driver, loaded, scale, options.seed)));
        loaded = scale;
        const portRewriteSeconds = await timePortRewrite(db.driver, options.seed);
        const counts = await db.driver.executeQuery('MATCH (n:Node) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges');
        const row = counts.records[0];
        const run = { label: `${scale}×`, scale, nodes: Number(row.get('nodes')), edges: Number(row.get('edges')), subjects, portRewriteSeconds };
        report.scaling.push(await runMix(db, options.scalingTargets, { kind: 'synthetic', scale, seed: options.seed }, run, queries, options, drive));
      }
    }
  } finally {
    await db.stop();
  }
  report.finishedAt = new Date().toISOString();
  report.machine.loadAverageEnd = os.loadavg();
  const outDir = resolve(options.outDir);
  mkdirSync(outDir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const markdown = renderMarkdown(report);
  writeFileSync(join(outDir, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, `${stamp}.md`), markdown);
  process.stdout.write(markdown);
  log(`wrote ${join(outDir, `${stamp}.json`)} and .md in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  if (error instanceof BenchUsageError) {
    log(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
