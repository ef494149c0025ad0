import autocannon from 'autocannon';
import type { BenchRequest } from '../queries/query-mix';

/** How hard and how long to drive one query. */
export interface DriveOptions {
  connections: number;
  /** Seconds of measured load. */
  duration: number;
  /** Seconds of unmeasured load first (JIT, caches, connection pools). */
  warmup: number;
  /** Seconds at one connection for unloaded latency; 0 skips it. */
  latencyDuration: number;
}

/** Latency percentiles in milliseconds, from the exact response times (autocannon's histogram keeps whole ms only). */
export interface Latency {
  p50: number;
  p99: number;
  mean: number;
  samples: number;
}

export interface DriveResult {
  requestsPerSecond: number;
  requests: number;
  /** Under load (`connections` at once). */
  latency: Latency;
  /** One connection, one request at a time. */
  unloaded?: Latency;
  errors: number;
  non2xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function latencyOf(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean, samples: sorted.length };
}

/** One autocannon run of `seconds` against 127.0.0.1; resolves with its result and every 2xx response time. */
function run(base: string, request: BenchRequest, connections: number, seconds: number): Promise<{ result: autocannon.Result; times: number[] }> {
  const url = new URL(request.path, base);
  if (url.hostname !== '127.0.0.1') throw new Error(`the bench drives 127.0.0.1 only, not ${url.hostname}`);
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: url.toString(), method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body, connections, duration: seconds, timeout: 30 },
      (error, result) => (error ? reject(error) : resolve({ result, times })),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status >= 200 && status < 300) times.push(responseTime);
    });
  });
}

/**
 * Warms up, measures throughput and latency under load, then latency at one connection; `settle`
 * runs before each measured part (to let the requests of the part before finish).
 */
export async function driveLoad(base: string, request: BenchRequest, options: DriveOptions, settle: () => Promise<unknown>): Promise<DriveResult> {
  if (options.warmup > 0) await run(base, request, options.connections, options.warmup);
  await settle();
  const { result, times } = await run(base, request, options.connections, options.duration);
  await settle();
  const unloaded = options.latencyDuration > 0 ? latencyOf((await run(base, request, 1, options.latencyDuration)).times) : undefined;
  return {
    requestsPerSecond: result.requests.total / options.duration,
    requests: result.requests.total,
    latency: latencyOf(times),
    unloaded,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
