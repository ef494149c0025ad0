import type { Logger } from 'pino';
import type { GraphStore } from '../../store/graph-store.port';
import { identifyCaller, type HeaderLookup } from '../auth/api-key';
import { timedOut } from '../errors/api-errors';
import type { IngestFn } from '../ingest/ingest-port';
import { createLoaders } from '../loaders/create-loaders';
import { withBeforeCall } from './deadline-store';
import type { ApiConfig, ApiContext } from './api-context';

/** What the app gives every request. */
export interface ContextDeps {
  store: GraphStore;
  config: ApiConfig;
  logger: Logger;
  ingest?: IngestFn;
}

/** What one request brings: its headers, where it came from, and when it started. */
export interface RequestInfo {
  header: HeaderLookup;
  remote: string;
  startedAt: number;
}

/** Builds the per-request context: fresh loaders and memo, the caller, and the deadline. */
export function createContext(deps: ContextDeps, request: RequestInfo): ApiContext {
  const deadline = request.startedAt + deps.config.requestTimeoutMs;
  const checkDeadline = (): void => {
    if (Date.now() > deadline) throw timedOut(deps.config.requestTimeoutMs);
  };
  const memos = new Map<string, Promise<unknown>>();
  const store = withBeforeCall(deps.store, checkDeadline);
  const reads = { evidence: true, text: true };
  return {
    store,
    config: deps.config,
    logger: deps.logger,
    ingest: deps.ingest,
    caller: identifyCaller(deps.config.apiKey, request.header, request.remote),
    loaders: createLoaders(store, reads),
    reads,
    checkDeadline,
    memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
      let value = memos.get(key) as Promise<T> | undefined;
      if (!value) {
        value = compute();
        memos.set(key, value);
      }
      return value;
    },
  };
}
