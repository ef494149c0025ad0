import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { GraphStore } from '../../store/graph-store.port';
import type { IngestFn } from '../ingest/ingest-port';
import type { Loaders } from '../loaders/create-loaders';
import type { ReadPlan } from '../loaders/read-plan';

/** The part of the configuration the API reads. */
export type ApiConfig = Pick<
  Config,
  | 'apiKey'
  | 'maxPageSize'
  | 'maxQueryDepth'
  | 'maxQueryComplexity'
  | 'maxRequestBytes'
  | 'requestTimeoutMs'
  | 'maxDocumentBytes'
>;

/** Who sent the request, as far as mutations care. */
export interface Caller {
  /** True when the request carried the configured API key. */
  authenticated: boolean;
  /** False when the server has no API key, so mutations are off. */
  keyConfigured: boolean;
  /** For audit lines: the remote address and a short fingerprint of the key used. */
  label: string;
}

/** Everything a resolver may use; made fresh for each request. */
export interface ApiContext {
  store: GraphStore;
  config: ApiConfig;
  loaders: Loaders;
  /** What every store read of this request carries (evidence or not); pass it to direct store reads. */
  reads: ReadPlan;
  caller: Caller;
  logger: Logger;
  ingest?: IngestFn;
  /** Values computed at most once per request (the clause corpus for similarity). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Throws TIMEOUT once the request has run past its time limit; called before each store call. */
  checkDeadline(): void;
}
