/**
 * Starts the real app over HTTP on port 0 for integration tests, over a MemoryStore or the test
 * Neo4j (jest's global set-up, or NEO4J_URI), filled from a batch; cleans up after itself.
 */
import neo4j from 'neo4j-driver';
import pino, { type Logger } from 'pino';
import { Writable } from 'node:stream';
import type { ApiConfig, IngestFn } from '../../../src/api';
import { createApp } from '../../../src/app';
import type { GraphBatch } from '../../../src/graph/graph-types';
import type { GraphStore } from '../../../src/store/graph-store.port';
import { MemoryStore } from '../../../src/store/memory/memory-graph-store';
import { Neo4jStore } from '../../../src/store/neo4j/neo4j-graph-store';
import { neo4jTestSettings } from '../../neo4j-env';

/** Which adapter a suite runs on. */
export type StoreKind = 'memory' | 'neo4j';

export const TEST_API_KEY = 'test-key-0123456789';

/** Limits for tests: small enough that the limit tests stay quick. */
export const TEST_CONFIG: ApiConfig = {
  apiKey: TEST_API_KEY,
  maxPageSize: 50,
  maxQueryDepth: 12,
  maxQueryComplexity: 20_000,
  maxRequestBytes: 100_000,
  requestTimeoutMs: 10_000,
  maxDocumentBytes: 50_000,
};

export interface GraphqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface ApiHarness {
  url: string;
  store: GraphStore;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  /** Headers that carry the test API key. */
  withKey: Record<string, string>;
  close(): Promise<void>;
}

export interface StartOptions {
  store: StoreKind | GraphStore;
  batch?: GraphBatch;
  config?: Partial<ApiConfig>;
  /** The ingest pipeline to wire, made over the harness's store. */
  ingest?: (store: GraphStore) => IngestFn;
  /** Wraps the store before the app sees it (counting, failing); the fill and clean-up use the raw store. */
  wrap?: (store: GraphStore) => GraphStore;
}

async function openStore(kind: StoreKind): Promise<GraphStore> {
  if (kind === 'memory') return new MemoryStore();
  const { uri, user, password } = neo4jTestSettings();
  return new Neo4jStore(neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined), { closeDriver: true });
}

function captureLogger(lines: Record<string, unknown>[]): Logger {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'debug' }, sink);
}

/** Starts the app on 127.0.0.1:0 over a fresh store holding `batch`. */
export async function startApi(options: StartOptions): Promise<ApiHarness> {
  const owned = typeof options.store === 'string';
  const raw = typeof options.store === 'string' ? await openStore(options.store) : options.store;
  await raw.init();
  if (owned) await raw.clear();
  if (options.batch) await raw.upsert(options.batch);
  const logs: Record<string, unknown>[] = [];
  const store = options.wrap ? options.wrap(raw) : raw;
  const app = await createApp({ store, config: { ...TEST_CONFIG, ...options.config }, logger: captureLogger(logs), ingest: options.ingest?.(raw) });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    store: raw,
    logs,
    withKey: { 'x-api-key': TEST_API_KEY },
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphqlResponse, 'status'>;
      return { status: response.status, ...body };
    },
    async close() {
      await app.stop();
      if (owned) {
        await raw.clear();
        await raw.close();
      }
    },
  };
}
