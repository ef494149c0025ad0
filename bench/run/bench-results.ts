import type { Latency } from '../drive/drive-load';
import type { Subjects } from '../queries/pick-subjects';
import type { TargetKind } from '../targets/target-spec';

/** One query driven against one target. */
export interface QueryResult {
  query: string;
  target: TargetKind;
  /** Items in the answer (the same on every target when the selections are equivalent). */
  items: number;
  /** Time of the check request (one request alone, before the load), ms. */
  checkMs?: number;
  /** Set when the query failed its check request; nothing was measured then. */
  error?: string;
  requestsPerSecond?: number;
  latency?: Latency;
  unloaded?: Latency;
  /** Per request: GraphStore port calls (vetgraph), Cypher statements, transactions. */
  portCallsPerRequest?: number;
  cypherPerRequest?: number;
  transactionsPerRequest?: number;
  /** CPU time per request of the target's server process, and of Neo4j's JVM (when the bench started it), ms; 10 ms resolution over the whole window. */
  serverCpuMsPerRequest?: number;
  neo4jCpuMsPerRequest?: number;
  /** Peak RSS of the target's server process while this query ran, MB. */
  rssPeakMb?: number;
  errors?: number;
  non2xx?: number;
}

/** One target's run over the mix. */
export interface TargetRun {
  target: TargetKind;
  setupSeconds: number;
  graph?: { nodes: number; edges: number; loadSeconds: number; method: string };
  results: QueryResult[];
}

/** A load of the Neo4j graph, with its speed. */
export interface LoadRecord {
  what: string;
  method: 'ingest' | 'port' | 'unwind';
  nodes: number;
  edges: number;
  seconds: number;
  nodesPerSecond: number;
  itemsPerSecond: number;
}

/** A graph the mix ran on. */
export interface GraphRun {
  label: string;
  /** 'seeds' or the multiple of the seed corpus. */
  scale: 'seeds' | number;
  nodes: number;
  edges: number;
  subjects: Subjects;
  runs: TargetRun[];
  /** Neo4j's JVM memory after the runs, MB (when the bench started the server). */
  neo4jRssMb?: number;
  /** One port upsert of an already stored unit (the write path's read-before-write cost at this size), seconds. */
  portRewriteSeconds?: number;
}

/** Everything one `npm run bench` measured. */
export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; java: string; loadAverage: number[]; loadAverageEnd?: number[] };
  options: Record<string, unknown>;
  loads: LoadRecord[];
  comparison?: GraphRun;
  scaling: GraphRun[];
}
