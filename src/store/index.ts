/** The store layer's public surface: the port, its errors, and the factory that picks an adapter. */
export type {
  Direction,
  GraphCounts,
  GraphPath,
  GraphStore,
  NodeListFilter,
  NeighbourhoodOptions,
  NodePage,
  PathOptions,
  RelationFilter,
  ReadOptions,
  RelationPage,
  SearchHit,
  SearchOptions,
  Subgraph,
  UpsertResult,
} from './graph-store.port';
export { StoreConflictError, StoreCorruptError, StoreInputError, StoreUnavailableError } from './store-errors';
export { createGraphStore } from './create-graph-store';
export { MemoryStore, type MemoryStoreOptions } from './memory/memory-graph-store';
export { Neo4jStore, type Neo4jStoreOptions } from './neo4j/neo4j-graph-store';
export { MAX_HOPS } from './read-options';
export { MAX_QUERY_LENGTH, MAX_QUERY_TERMS } from './search-ranking';
