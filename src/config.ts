/** Typed, validated configuration. The only reader of `process.env` in the project. */
export interface Config {
  /** Bolt URI of a Neo4j server; undefined means the embedded store. */
  neo4jUri?: string;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase?: string;
  /** Where the embedded store keeps its files. */
  dataDir: string;
  /** Where `npm start` and `npm run ingest` read documents from by default. */
  seedsDir: string;
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Key that unlocks mutations; undefined disables them. */
  apiKey?: string;
  maxPageSize: number;
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /** Largest request body the server reads, in bytes. */
  maxRequestBytes: number;
  /** Longest a single request may run, in milliseconds. */
  requestTimeoutMs: number;
  /** Largest document `ingest` accepts, in bytes. */
  maxDocumentBytes: number;
}

/** A configuration value is wrong; the message names the variable and what it expects. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function text(env: Env, key: string): string | undefined {
  const value = env[key]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = text(env, key);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${key}="${raw}" is not a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

function neo4jUri(env: Env): string | undefined {
  const raw = text(env, 'NEO4J_URI');
  if (raw === undefined) return undefined;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/.test(raw)) {
    throw new ConfigError(`NEO4J_URI="${raw}" is not a Bolt URI such as bolt://127.0.0.1:7687 or neo4j://host:7687`);
  }
  return raw;
}

/** Reads the configuration from `env` (default: the process environment), or throws a `ConfigError`. */
export function loadConfig(env: Env = process.env): Config {
  const logLevel = text(env, 'LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL="${logLevel}" is not one of ${LOG_LEVELS.join(', ')}`);
  }
  return {
    neo4jUri: neo4jUri(env),
    neo4jUser: text(env, 'NEO4J_USER') ?? 'neo4j',
    neo4jPassword: text(env, 'NEO4J_PASSWORD') ?? '',
    neo4jDatabase: text(env, 'NEO4J_DATABASE'),
    dataDir: text(env, 'VETGRAPH_DATA_DIR') ?? './data',
    seedsDir: text(env, 'VETGRAPH_SEEDS_DIR') ?? './seeds',
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: text(env, 'HOST') ?? '127.0.0.1',
    logLevel: logLevel as Config['logLevel'],
    apiKey: text(env, 'VETGRAPH_API_KEY'),
    maxPageSize: integer(env, 'VETGRAPH_MAX_PAGE_SIZE', 100, 1, 10000),
    maxQueryDepth: integer(env, 'VETGRAPH_MAX_QUERY_DEPTH', 10, 1, 100),
    maxQueryComplexity: integer(env, 'VETGRAPH_MAX_QUERY_COMPLEXITY', 5000, 1, 10_000_000),
    maxRequestBytes: integer(env, 'VETGRAPH_MAX_REQUEST_BYTES', 1_000_000, 1024, 100_000_000),
    requestTimeoutMs: integer(env, 'VETGRAPH_REQUEST_TIMEOUT_MS', 10_000, 10, 600_000),
    maxDocumentBytes: integer(env, 'VETGRAPH_MAX_DOCUMENT_BYTES', 10_000_000, 1, 1_000_000_000),
  };
}
