import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds a process has used so far (/proc/<pid>/stat utime + stime); undefined when unreadable. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the given processes (a target server, Neo4j's JVM) use less than `cores` of CPU over
 * a short window: when autocannon stops, a slow query's requests may still be running, and the
 * next measurement must not share the machine with them. Gives up after `maxSeconds`; resolves to
 * the seconds waited.
 */
export async function waitQuiet(pids: (number | undefined)[], options: { cores?: number; maxSeconds?: number } = {}): Promise<number> {
  const watched = pids.filter((p): p is number => p !== undefined && cpuSeconds(p) !== undefined);
  if (watched.length === 0) return 0;
  const started = Date.now();
  const windowMs = 400;
  for (;;) {
    const before = watched.map(cpuSeconds);
    await sleep(windowMs);
    const used = watched.map((p, i) => (cpuSeconds(p) ?? 0) - (before[i] ?? 0)).reduce((a, b) => a + b, 0);
    if (used / (windowMs / 1000) < (options.cores ?? 0.15)) return (Date.now() - started) / 1000;
    if (Date.now() - started > (options.maxSeconds ?? 120) * 1000) return (Date.now() - started) / 1000;
  }
}
