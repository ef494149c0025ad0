import { mergeEvidence } from '../graph/evidence';
import type { GraphBatch, GraphEdge, GraphNode } from '../graph/graph-types';
import { assertBatchShape } from './batch-validation';
import type { UpsertResult } from './graph-store.port';
import { StoreConflictError, StoreInputError } from './store-errors';

/** What the store holds now for the ids a batch touches; each adapter reads it its own way. */
export interface ExistingGraph {
  /** Stored nodes whose id is one of the batch's node ids. */
  nodes: ReadonlyMap<string, GraphNode>;
  /** Stored edges whose id is one of the batch's edge ids. */
  edges: ReadonlyMap<string, GraphEdge>;
  /** True when the store holds a node with this id (for edge endpoints outside the batch). */
  hasNode(id: string): boolean;
}

/** The merged nodes and edges to write, each once, and what writing them will count as. */
export interface UpsertPlan {
  nodes: GraphNode[];
  edges: GraphEdge[];
  result: UpsertResult;
}

/**
 * A plain copy holding only the fields of a node (no undefined keys, aliases and evidence without
 * duplicates, evidence sorted), so both stores return equal objects and a re-write changes nothing.
 */
function normaliseNode(node: GraphNode): GraphNode {
  const { id, kind, name, nameEn, aliases, properties } = node;
  const evidence = mergeEvidence(node.evidence, []);
  return JSON.parse(JSON.stringify({ id, kind, name, nameEn: nameEn || undefined, aliases: [...new Set(aliases)], properties, evidence }));
}

/** A plain copy holding only the fields of an edge, evidence as in `normaliseNode`. */
function normaliseEdge(edge: GraphEdge): GraphEdge {
  const { id, type, source, target, properties } = edge;
  const evidence = mergeEvidence(edge.evidence, []);
  return JSON.parse(JSON.stringify({ id, type, source, target, properties, evidence }));
}

/** Union keeping first-seen order, so re-writing the same aliases never reorders them. */
function unionInOrder(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Properties merged shallowly, except the pinyin keys: keys of the names and aliases, united as the aliases are. */
function mergeProperties(old: GraphNode['properties'], next: GraphNode['properties']): GraphNode['properties'] {
  const merged = { ...old, ...next };
  if (Array.isArray(old.pinyin) && Array.isArray(next.pinyin)) merged.pinyin = unionInOrder(old.pinyin.map(String), next.pinyin.map(String));
  return merged;
}

/**
 * The merge rule of both stores: name and kind from the new node (a kind change is a conflict),
 * nameEn kept when the new one has none, aliases, pinyin keys and evidence united, other
 * properties merged shallowly.
 */
export function mergeNode(old: GraphNode, next: GraphNode): GraphNode {
  if (old.kind !== next.kind) {
    throw new StoreConflictError(`node ${next.id} is a ${old.kind}; it cannot be written as a ${next.kind}`);
  }
  return normaliseNode({
    id: old.id,
    kind: old.kind,
    name: next.name,
    nameEn: next.nameEn || old.nameEn,
    aliases: unionInOrder(old.aliases, next.aliases),
    properties: mergeProperties(old.properties, next.properties),
    evidence: mergeEvidence(old.evidence, next.evidence),
  });
}

/** Edges merge like nodes; their type and ends must not change, since the id was made from them. */
export function mergeEdge(old: GraphEdge, next: GraphEdge): GraphEdge {
  if (old.type !== next.type || old.source !== next.source || old.target !== next.target) {
    throw new StoreConflictError(
      `edge ${next.id} is ${old.source} -${old.type}-> ${old.target}; it cannot be rewritten as ${next.source} -${next.type}-> ${next.target}`,
    );
  }
  return normaliseEdge({
    ...old,
    properties: { ...old.properties, ...next.properties },
    evidence: mergeEvidence(old.evidence, next.evidence),
  });
}

/** Merges items with the same id inside one batch, in batch order, before they meet the store. */
function collapse<T extends { id: string }>(items: readonly T[], merge: (a: T, b: T) => T, normalise: (x: T) => T): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(item.id);
    byId.set(item.id, seen ? merge(seen, item) : normalise(item));
  }
  return byId;
}

/** The node ids a batch needs to look up: its own nodes and every edge end. */
export function idsTouchedBy(batch: GraphBatch): { nodeIds: string[]; endpointIds: string[] } {
  const nodeIds = [...new Set(batch.nodes.map((n) => n.id))];
  const endpointIds = [...new Set(batch.edges.flatMap((e) => [e.source, e.target]))];
  return { nodeIds, endpointIds };
}

/**
 * Checks a whole batch against the store and merges it, before anything is written: a batch that
 * fails here throws and leaves the store as it was. An update that changes nothing still counts as updated.
 */
export function planUpsert(batch: GraphBatch, existing: ExistingGraph): UpsertPlan {
  assertBatchShape(batch);
  const nodes = collapse(batch.nodes, mergeNode, normaliseNode);
  const edges = collapse(batch.edges, mergeEdge, normaliseEdge);
  const missing = [...new Set([...edges.values()].flatMap((e) => [e.source, e.target]))].filter(
    (id) => !nodes.has(id) && !existing.hasNode(id),
  );
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
    throw new StoreInputError(`the batch has edges to nodes that are neither in it nor in the store: ${shown}`);
  }
  const result: UpsertResult = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  const mergedNodes = [...nodes.values()].map((node) => {
    const old = existing.nodes.get(node.id);
    if (old) result.nodesUpdated++;
    else result.nodesCreated++;
    return old ? mergeNode(old, node) : node;
  });
  const mergedEdges = [...edges.values()].map((edge) => {
    const old = existing.edges.get(edge.id);
    if (old) result.edgesUpdated++;
    else result.edgesCreated++;
    return old ? mergeEdge(old, edge) : edge;
  });
  return { nodes: mergedNodes, edges: mergedEdges, result };
}
