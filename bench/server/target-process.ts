import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CallCounts, FromTarget, TargetSpec } from '../targets/target-spec';

/** What a target process reports when asked. */
export interface TargetStats {
  counts: CallCounts;
  rssPeakBytes: number;
  rssBytes: number;
}

/** The bench's handle on a target server process. */
export interface TargetProcess {
  url: string;
  pid: number;
  setupSeconds: number;
  graph?: Extract<FromTarget, { type: 'ready' }>['graph'];
  /** Counts and peak RSS since the last reset; `reset` starts a new window. */
  stats(reset: boolean): Promise<TargetStats>;
  stop(): Promise<void>;
}

function next(child: ChildProcess, type: FromTarget['type'], timeoutMs: number): Promise<FromTarget> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`target process gave no ${type} within ${timeoutMs / 1000}s`)), timeoutMs);
    const onMessage = (message: FromTarget) => {
      if (message.type === 'failed') done(new Error(`target process failed: ${message.message}`));
      else if (message.type === type) done(undefined, message);
    };
    const onExit = (code: number | null) => done(new Error(`target process exited (${code}) before ${type}`));
    const done = (error?: Error, message?: FromTarget) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Forks bench/server/serve-target.js for `spec` and waits until it listens. */
export async function startTargetProcess(spec: TargetSpec, options: { heapMb: number; timeoutMs: number }): Promise<TargetProcess> {
  const child = fork(join(__dirname, 'serve-target.js'), [JSON.stringify(spec)], {
    execArgv: [`--max-old-space-size=${options.heapMb}`],
    // As deployed (the Dockerfile sets it): graphql-js skips its development-mode checks.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let ready: Extract<FromTarget, { type: 'ready' }>;
  try {
    ready = (await next(child, 'ready', options.timeoutMs)) as typeof ready;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: ready.url,
    pid: child.pid!,
    setupSeconds: ready.setupSeconds,
    graph: ready.graph,
    stats: async (reset) => {
      const reply = next(child, 'stats', 30_000);
      child.send({ type: 'stats', reset });
      const { counts, rssPeakBytes, rssBytes } = (await reply) as Extract<FromTarget, { type: 'stats' }>;
      return { counts, rssPeakBytes, rssBytes };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
