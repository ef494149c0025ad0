import { parseArgs } from 'node:util';
import { TARGET_KINDS, type TargetKind } from './targets/target-spec';

/** Everything a bench run can be told on the command line. */
export interface BenchOptions {
  connections: number;
  duration: number;
  warmup: number;
  latencyDuration: number;
  /** Multiples of the seed corpus for the scaling table (synthetic graphs). */
  scales: number[];
  /** Targets of the scaling table. */
  scalingTargets: TargetKind[];
  /** Targets of the comparison on the seed graph. */
  targets: TargetKind[];
  queries?: string[];
  seedsDir: string;
  seed: number;
  neo4jUri?: string;
  compare: boolean;
  scaling: boolean;
  outDir: string;
  /** Heap of each target process, MB (the embedded store holds the whole graph). */
  heapMb: number;
}

/** A bad command line: the bench prints the message and the usage, without a stack. */
export class BenchUsageError extends Error {
  override readonly name = 'BenchUsageError';
}

export const USAGE = `usage: npm run bench -- [options]
  --connections N        concurrent connections per query (default 8)
  --duration S           measured seconds per query and target (default 2)
  --warmup S             unmeasured seconds first (default 1)
  --latency-duration S   seconds at 1 connection for unloaded latency, 0 to skip (default 1)
  --scales 1,10,100      graph sizes for the scaling table, as multiples of the seed corpus (default 1,10,100)
  --with-1000            add the 1000× size (~750k nodes, 1.6M edges; loading takes many minutes on 2 cores)
  --scaling-targets LIST targets of the scaling table (default vetgraph-neo4j,vetgraph-memory)
  --targets LIST         targets of the comparison (default all: ${TARGET_KINDS.join(',')})
  --queries LIST         only these queries of the mix (default all)
  --no-compare | --no-scaling   skip a part
  --neo4j-uri URI        use this Neo4j (its data is replaced!) instead of starting the project's own
  --seeds DIR            seed documents for the comparison graph (default seeds)
  --seed N               generator seed (default 2024)
  --heap-mb N            heap of each target process (default 4096)
  --out DIR              where the JSON and Markdown go (default bench/out)`;

function positive(name: string, text: string | undefined, fallback: number, allowZero = false): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) throw new BenchUsageError(`--${name} "${text}" is not a ${allowZero ? 'non-negative' : 'positive'} number`);
  return value;
}

function targetList(name: string, text: string | undefined, fallback: readonly TargetKind[]): TargetKind[] {
  if (text === undefined) return [...fallback];
  const list = text.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = list.find((t) => !(TARGET_KINDS as readonly string[]).includes(t));
  if (bad) throw new BenchUsageError(`--${name}: "${bad}" is not one of ${TARGET_KINDS.join(', ')}`);
  return list as TargetKind[];
}

/** Parses the command line, or throws with the usage text. */
export function parseBenchOptions(argv: string[]): BenchOptions | 'help' {
  try {
    return readOptions(argv);
  } catch (error) {
    if (error instanceof BenchUsageError) throw error;
    // parseArgs' own errors (unknown option, missing value) are usage errors too.
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
}

function readOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      connections: { type: 'string' }, duration: { type: 'string' }, warmup: { type: 'string' }, 'latency-duration': { type: 'string' },
      scales: { type: 'string' }, 'with-1000': { type: 'boolean' }, 'scaling-targets': { type: 'string' }, targets: { type: 'string' },
      queries: { type: 'string' }, 'no-compare': { type: 'boolean' }, 'no-scaling': { type: 'boolean' }, 'neo4j-uri': { type: 'string' },
      seeds: { type: 'string' }, seed: { type: 'string' }, 'heap-mb': { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  const scales = (values.scales ?? '1,10,100').split(',').map((s) => positive('scales', s.trim(), 1));
  if (scales.some((s) => !Number.isInteger(s))) throw new BenchUsageError('--scales takes whole numbers');
  if (values['with-1000'] && !scales.includes(1000)) scales.push(1000);
  return {
    connections: Math.round(positive('connections', values.connections, 8)),
    duration: positive('duration', values.duration, 2),
    warmup: positive('warmup', values.warmup, 1, true),
    latencyDuration: positive('latency-duration', values['latency-duration'], 1, true),
    scales: [...new Set(scales)].sort((a, b) => a - b),
    scalingTargets: targetList('scaling-targets', values['scaling-targets'], ['vetgraph-neo4j', 'vetgraph-memory']),
    targets: targetList('targets', values.targets, TARGET_KINDS),
    queries: values.queries?.split(',').map((q) => q.trim()).filter(Boolean),
    seedsDir: values.seeds ?? 'seeds',
    seed: Math.round(positive('seed', values.seed, 2024)),
    neo4jUri: values['neo4j-uri'],
    compare: !values['no-compare'],
    scaling: !values['no-scaling'],
    outDir: values.out ?? 'bench/out',
    heapMb: Math.round(positive('heap-mb', values['heap-mb'], 4096)),
  };
}
