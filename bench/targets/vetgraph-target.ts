import neo4j from 'neo4j-driver';
import type { ApiConfig } from '../../src/api';
import { createApp } from '../../src/app';
import type { GraphStore } from '../../src/store/graph-store.port';
import { MemoryStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-graph-store';
import { loadGraphSource, type SourceLoad } from '../graph-source';
import { countingDriver } from './counting-driver';
import { countingStore } from './counting-store';
import type { RunningTarget } from './running-target';
import type { CallCounts, TargetSpec } from './target-spec';

/**
 * The API limits of the bench: the server defaults, except page size 100 and a complexity ceiling
 * high enough for the 3-level query (50 × 50 relations); no API key, since the bench only reads.
 */
export const BENCH_API_CONFIG: ApiConfig = {
  apiKey: undefined,
  maxPageSize: 100,
  maxQueryDepth: 15,
  maxQueryComplexity: 1_000_000,
  maxRequestBytes: 1_000_000,
  requestTimeoutMs: 30_000,
  maxDocumentBytes: 10_000_000,
};

/** vetgraph's own HTTP app (src/app.ts) over Neo4jStore or the embedded MemoryStore, with the store calls counted. */
export async function startVetgraph(spec: TargetSpec, counts: CallCounts): Promise<RunningTarget> {
  let store: GraphStore;
  let graph: SourceLoad | undefined;
  if (spec.kind === 'vetgraph-memory') {
    store = new MemoryStore();
    await store.init();
    graph = await loadGraphSource(spec.graph, store, `embedded ${spec.graph.kind === 'seeds' ? 'ingest seeds' : `${spec.graph.scale}x`}`);
  } else {
    store = new Neo4jStore(countingDriver(neo4j.driver(spec.uri, undefined, { maxConnectionPoolSize: 100 }), counts), { closeDriver: true });
  }
  const app = await createApp({ store: countingStore(store, counts), config: BENCH_API_CONFIG });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    server: app.server,
    graph,
    close: async () => {
      await app.stop();
      await store.close();
    },
  };
}
