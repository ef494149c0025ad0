import { driveLoad, type DriveOptions } from '../drive/drive-load';
import type { BenchQuery } from '../queries/query-mix';
import type { Subjects } from '../queries/pick-subjects';
import { startTargetProcess, type TargetProcess } from '../server/target-process';
import type { TargetSpec } from '../targets/target-spec';
import type { TargetRun } from './bench-results';
import { cpuSeconds, waitQuiet } from './wait-quiet';

const MB = 1024 * 1024;

/** Sends one request; the parsed answer, its time, and an error when it failed. */
async function send(base: string, path: string, body: string): Promise<{ json: any; ms: number; error?: string }> {
  const started = process.hrtime.bigint();
  const response = await fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json: any = await response.json().catch(() => ({}));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const problem = json.errors?.[0]?.message ?? json.error;
  return { json, ms, error: !response.ok || problem ? `HTTP ${response.status}: ${problem ?? 'no body'}` : undefined };
}

/** Up to `count` requests one after another, for at most `maxMs`. */
async function warm(base: string, path: string, body: string, count: number, maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  for (let i = 0; i < count && Date.now() < until; i += 1) await send(base, path, body);
}

export interface MixOptions {
  drive: DriveOptions;
  heapMb: number;
  /** Neo4j's JVM, watched with the target before each measurement (see waitQuiet). */
  neo4jPid?: number;
  log: (message: string) => void;
}

/**
 * Runs the mix against several targets, each in its own process, all started first so that the
 * measurements interleave (query by query, target by target): Neo4j's JIT and caches are then as
 * warm for every target. Each (query, target) gets a warm-up round of single requests, a check
 * request (its answer is counted; an error skips the pair), then the load; store calls and peak
 * RSS come from the target's process for that pair's window only.
 */
export async function measureMix(specs: TargetSpec[], queries: BenchQuery[], subjects: Subjects, options: MixOptions): Promise<TargetRun[]> {
  const { drive, log } = options;
  const processes: TargetProcess[] = [];
  const runs: TargetRun[] = [];
  try {
    for (const spec of specs) {
      const target = await startTargetProcess(spec, { heapMb: options.heapMb, timeoutMs: 60 * 60_000 });
      processes.push(target);
      runs.push({ target: spec.kind, setupSeconds: target.setupSeconds, graph: target.graph, results: [] });
    }
    const pairs = queries.flatMap((query) => specs.map((spec, i) => ({ query, spec, target: processes[i], run: runs[i] }))).filter((p) => !p.query.only || p.query.only.includes(p.spec.kind));
    for (const { query, spec, target } of pairs) {
      const request = query.request(spec.kind, subjects);
      await warm(target.url, request.path, request.body, 10, 1000);
    }
    for (const { query, spec, target, run } of pairs) {
      const request = query.request(spec.kind, subjects);
      const settle = () => waitQuiet([target.pid, options.neo4jPid]);
      await settle();
      const check = await send(target.url, request.path, request.body);
      const items = check.error ? 0 : query.count(spec.kind, check.json);
      if (check.error) {
        log(`  ${spec.kind} ${query.name}: ${check.error}`);
        run.results.push({ query: query.name, target: spec.kind, items, checkMs: check.ms, error: check.error });
        continue;
      }
      await target.stats(true);
      const cpuBefore = [cpuSeconds(target.pid), options.neo4jPid === undefined ? undefined : cpuSeconds(options.neo4jPid)];
      const load = await driveLoad(target.url, request, query.probe ? { ...drive, connections: 1, warmup: 0, latencyDuration: 0 } : drive, settle);
      const { counts, rssPeakBytes } = await target.stats(true);
      const cpuAfter = [cpuSeconds(target.pid), options.neo4jPid === undefined ? undefined : cpuSeconds(options.neo4jPid)];
      const per = (n: number) => (counts.requests > 0 ? n / counts.requests : 0);
      const cpuMs = (i: number) => (cpuBefore[i] === undefined || cpuAfter[i] === undefined ? undefined : per((cpuAfter[i]! - cpuBefore[i]!) * 1000));
      run.results.push({
        query: query.name,
        target: spec.kind,
        items,
        checkMs: check.ms,
        requestsPerSecond: load.requestsPerSecond,
        latency: load.latency,
        // A probe runs at one connection only: its latency is the unloaded one.
        unloaded: query.probe ? load.latency : load.unloaded,
        portCallsPerRequest: per(counts.portCalls),
        cypherPerRequest: per(counts.cypher),
        transactionsPerRequest: per(counts.transactions),
        rssPeakMb: rssPeakBytes / MB,
        serverCpuMsPerRequest: cpuMs(0),
        neo4jCpuMsPerRequest: cpuMs(1),
        errors: load.errors,
        non2xx: load.non2xx,
      });
      log(`  ${query.name.padEnd(16)} ${spec.kind.padEnd(15)} ${load.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${load.latency.p50.toFixed(2)} ms  p99 ${load.latency.p99.toFixed(2)} ms  1 conn p50 ${load.unloaded?.p50.toFixed(2) ?? '–'} ms  items ${items}`);
    }
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
  }
  return runs;
}
