/** What the bench compares: vetgraph on Neo4j and embedded, the Neo4j GraphQL Library, and raw Cypher. */
export const TARGET_KINDS = ['vetgraph-neo4j', 'neo4j-graphql', 'raw-cypher', 'vetgraph-memory'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Where the embedded target's graph comes from: the seed corpus through the ingest pipeline, or the generator. */
export type GraphSource = { kind: 'seeds'; dir: string } | { kind: 'synthetic'; scale: number; seed: number };

/** What a target server process is told to build. */
export type TargetSpec =
  | { kind: 'vetgraph-neo4j' | 'neo4j-graphql' | 'raw-cypher'; uri: string }
  | { kind: 'vetgraph-memory'; graph: GraphSource };

/** Per-process tallies a target keeps: requests served and the store work they caused. */
export interface CallCounts {
  requests: number;
  /** Calls of the GraphStore port (vetgraph targets only). */
  portCalls: number;
  /** Cypher statements sent to Neo4j. */
  cypher: number;
  /** Neo4j transactions opened. */
  transactions: number;
}

export function zeroCounts(): CallCounts {
  return { requests: 0, portCalls: 0, cypher: 0, transactions: 0 };
}

/** Messages between the bench and a target process. */
export type ToTarget = { type: 'stats'; reset: boolean } | { type: 'stop' };
export type FromTarget =
  | { type: 'ready'; url: string; setupSeconds: number; graph?: { nodes: number; edges: number; loadSeconds: number; method: string } }
  | { type: 'stats'; counts: CallCounts; rssPeakBytes: number; rssBytes: number }
  | { type: 'failed'; message: string };
