import type { GraphBatch, GraphEdge, GraphNode } from '../graph/graph-types';
import type { NodeKind } from '../graph/node-kind';
import type { RelationType } from '../graph/relation-type';

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** What a read returns of each node and edge. */
export interface ReadOptions {
  /**
   * False leaves the `evidence` of every returned node and edge empty, for readers that will not
   * show it: on Neo4j, evidence is most of the bytes a read would otherwise carry. Default true.
   */
  evidence?: boolean;
  /**
   * False leaves the `text` property out of every returned node (a clause's own words), for readers
   * that will not show it: on Neo4j, clause text is most of the bytes of a node besides evidence.
   * Default true.
   */
  text?: boolean;
}

/** Which relations of a node to read, and which page of them (keyset on edge id). */
export interface RelationFilter extends ReadOptions {
  types?: RelationType[];
  direction: Direction;
  /** Page size; omitted means all. */
  first?: number;
  /** Return only edges whose id sorts after this one. */
  after?: string;
}

/** One node's relations: a page of edges in edge-id order, their far ends, and how many match in all. */
export interface RelationPage {
  edges: GraphEdge[];
  /** The node at the other end of each edge, in the same order (the node itself for a loop). */
  others: GraphNode[];
  totalCount: number;
}

export interface NodeListFilter extends ReadOptions {
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

/** Which hits of a full-text search to return. */
export interface SearchOptions extends ReadOptions {
  kinds?: NodeKind[];
  first: number;
}

/** How far a neighbourhood reaches: hops, relation types followed, and a cap on nodes. */
export interface NeighbourhoodOptions extends ReadOptions {
  depth: number;
  types?: RelationType[];
  maxNodes: number;
}

/** Which descendants to read: the nodes reached by following relations of `types` outwards. */
export interface DescendantOptions extends ReadOptions {
  types: RelationType[];
}

/** Which shortest paths to return: at most `maxHops` long, over `types`, the first `limit`. */
export interface PathOptions extends ReadOptions {
  maxHops: number;
  types?: RelationType[];
  limit: number;
}

/** A path: its nodes from start to end, and the edges between them (one fewer). */
export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
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
 * An edge id begins with its type and a colon (graph/ids.ts `edgeId`); an edge whose id does not is refused.
 * Nodes and edges a read returns are read-only (the MemoryStore hands out its frozen originals).
 */
export interface GraphStore {
  /** Prepares the store (constraints and indexes, or loading files). Safe to call twice. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Writes a batch of nodes and edges in one transaction: all of it or none of it. */
  upsert(batch: GraphBatch): Promise<UpsertResult>;
  /** Nodes by id, in the order asked; null where there is none. */
  getNodes(ids: readonly string[], options?: ReadOptions): Promise<(GraphNode | null)[]>;
  /** Relations of many nodes at once, one page per id, in the order asked. */
  getRelations(ids: readonly string[], filter: RelationFilter): Promise<RelationPage[]>;
  /**
   * For each id, in the order asked, every node reached from it by following relations of
   * `types` outwards however far (each node once; the id itself left out, even when a cycle comes
   * back to it), nearest first, then in id order: a document's clause tree in one call.
   */
  getDescendants(ids: readonly string[], options: DescendantOptions): Promise<GraphNode[][]>;
  /** Nodes whose name, English name, alias or stored pinyin key equals `name` exactly (case-insensitive for Latin letters). */
  findByName(name: string, kinds?: NodeKind[], options?: ReadOptions): Promise<GraphNode[]>;
  /** A page of nodes in id order. */
  listNodes(filter: NodeListFilter): Promise<NodePage>;
  /** Full-text search over names, aliases and clause text; handles Chinese; best first. */
  search(query: string, options: SearchOptions): Promise<SearchHit[]>;
  /** Nodes and edges within `depth` hops of `id`, at most `maxNodes` nodes. */
  neighbourhood(id: string, options: NeighbourhoodOptions): Promise<Subgraph>;
  /** Shortest paths between two nodes (edges ignored for direction), in the order of their edge-id lists. */
  shortestPaths(from: string, to: string, options: PathOptions): Promise<GraphPath[]>;
  counts(): Promise<GraphCounts>;
  /** Everything, for export. */
  dump(): Promise<GraphBatch>;
  /**
   * Deletes nodes with every edge touching them, then writes `replacement` if given, all in one
   * transaction: merging two entities (drop one, re-point its edges to the other) is all or nothing.
   */
  deleteNodes(ids: readonly string[], replacement?: GraphBatch): Promise<{ nodesDeleted: number }>;
  /**
   * Removes every node and edge (tests and full rebuilds). Neo4j deletes in batches that commit one
   * by one, so a failure part-way leaves part of the graph; calling it again finishes the job.
   */
  clear(): Promise<void>;
}
