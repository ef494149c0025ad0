import type { GraphBatch, GraphEdge, GraphNode } from '../graph/graph-types';
import type { NodeKind } from '../graph/node-kind';
import type { RelationType } from '../graph/relation-type';

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** Which relations of a node to read, and which page of them (keyset on edge id). */
export interface RelationFilter {
  types?: RelationType[];
  direction: Direction;
  /** Page size; omitted means all. */
  first?: number;
  /** Return only edges whose id sorts after this one. */
  after?: string;
}

/** One node's relations: a page of edges in edge-id order, and how many match in all. */
export interface RelationPage {
  edges: GraphEdge[];
  totalCount: number;
}

export interface NodeListFilter {
  kinds?: NodeKind[];
  /** Case-insensitive substring of the name or of an alias. */
  nameContains?: string;
  first: number;
  /** Keyset cursor: only nodes whose id sorts after this one. */
  after?: string;
}

export interface NodePage {
  nodes: GraphNode[];
  totalCount: number;
}

export interface SearchHit {
  node: GraphNode;
  score: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when `maxNodes` cut the neighbourhood short. */
  truncated: boolean;
}

export interface GraphCounts {
  nodes: Partial<Record<NodeKind, number>>;
  edges: Partial<Record<RelationType, number>>;
}

export interface UpsertResult {
  nodesCreated: number;
  nodesUpdated: number;
  edgesCreated: number;
  edgesUpdated: number;
}

/**
 * The one port every reader and writer of the graph goes through. Two adapters implement it:
 * `MemoryStore` (embedded, the default) and `Neo4jStore`; one contract suite tests both.
 * Upserts merge by id: aliases and evidence are unions, so writing the same batch twice changes nothing.
 */
export interface GraphStore {
  /** Prepares the store (constraints and indexes, or loading files). Safe to call twice. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Writes a batch of nodes and edges in one transaction: all of it or none of it. */
  upsert(batch: GraphBatch): Promise<UpsertResult>;
  /** Nodes by id, in the order asked; null where there is none. */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  /** Relations of many nodes at once, one page per id, in the order asked. */
  getRelations(ids: readonly string[], filter: RelationFilter): Promise<RelationPage[]>;
  /** Nodes whose name, English name or alias equals `name` exactly (case-insensitive for Latin letters). */
  findByName(name: string, kinds?: NodeKind[]): Promise<GraphNode[]>;
  /** A page of nodes in id order. */
  listNodes(filter: NodeListFilter): Promise<NodePage>;
  /** Full-text search over names, aliases and clause text; handles Chinese; best first. */
  search(query: string, options: { kinds?: NodeKind[]; first: number }): Promise<SearchHit[]>;
  /** Nodes and edges within `depth` hops of `id`, at most `maxNodes` nodes. */
  neighbourhood(
    id: string,
    options: { depth: number; types?: RelationType[]; maxNodes: number },
  ): Promise<Subgraph>;
  /** Shortest paths between two nodes (edges ignored for direction), each as its list of edges. */
  shortestPaths(
    from: string,
    to: string,
    options: { maxHops: number; types?: RelationType[]; limit: number },
  ): Promise<GraphEdge[][]>;
  counts(): Promise<GraphCounts>;
  /** Everything, for export. */
  dump(): Promise<GraphBatch>;
  /**
   * Deletes nodes with every edge touching them, then writes `replacement` if given, all in one
   * transaction: merging two entities (drop one, re-point its edges to the other) is all or nothing.
   */
  deleteNodes(ids: readonly string[], replacement?: GraphBatch): Promise<{ nodesDeleted: number }>;
  /** Removes every node and edge (tests and full rebuilds). */
  clear(): Promise<void>;
}
