import { driveLoad, type DriveOptions } from '../drive/drive-load';
import type { BenchQuery } from '../queries/query-mix';
import type { Subjects } from '../queries/pick-subjects';
import { startTargetProcess } from '../server/target-process';
import type { TargetSpec } from '../targets/target-spec';
import type { QueryResult, TargetRun } from './bench-results';

const MB = 1024 * 1024;

async function checkRequest(base: string, path: string, body: string): Promise<{ json: any; error?: string }> {
  const response = await fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json: any = await response.json().catch(() => ({}));
  const problem = json.errors?.[0]?.message ?? json.error;
  if (!response.ok || problem) return { json, error: `HTTP ${response.status}: ${problem ?? 'no body'}` };
  return { json };
}

/**
 * Starts one target in its own process and drives every query of the mix against it, one after
 * another: a check request first (its answer is counted, and an error skips the query), then the
 * load; store calls and peak RSS are read from the process for each query's window.
 */
export async function measureTarget(spec: TargetSpec, queries: BenchQuery[], subjects: Subjects, drive: DriveOptions, heapMb: number, log: (m: string) => void): Promise<TargetRun> {
  const target = await startTargetProcess(spec, { heapMb, timeoutMs: 30 * 60_000 });
  const results: QueryResult[] = [];
  try {
    for (const query of queries.filter((q) => !q.only || q.only.includes(spec.kind))) {
      const request = query.request(spec.kind, subjects);
      const check = await checkRequest(target.url, request.path, request.body);
      const items = check.error ? 0 : query.count(spec.kind, check.json);
      if (check.error) {
        log(`  ${spec.kind} ${query.name}: ${check.error}`);
        results.push({ query: query.name, target: spec.kind, items, error: check.error });
        continue;
      }
      await target.stats(true);
      const load = await driveLoad(target.url, request, drive);
      const { counts, rssPeakBytes } = await target.stats(true);
      const per = (n: number) => (counts.requests > 0 ? n / counts.requests : 0);
      results.push({
        query: query.name,
        target: spec.kind,
        items,
        requestsPerSecond: load.requestsPerSecond,
        latency: load.latency,
        unloaded: load.unloaded,
        portCallsPerRequest: per(counts.portCalls),
        cypherPerRequest: per(counts.cypher),
        transactionsPerRequest: per(counts.transactions),
        rssPeakMb: rssPeakBytes / MB,
        errors: load.errors,
        non2xx: load.non2xx,
      });
      log(`  ${spec.kind.padEnd(15)} ${query.name.padEnd(16)} ${load.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${load.latency.p50.toFixed(2)} ms  p99 ${load.latency.p99.toFixed(2)} ms  items ${items}`);
    }
  } finally {
    await target.stop();
  }
  return { target: spec.kind, setupSeconds: target.setupSeconds, graph: target.graph, results };
}
