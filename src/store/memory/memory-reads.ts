import type { GraphEdge, GraphNode } from '../../graph/graph-types';
import type { NodeKind } from '../../graph/node-kind';
import type { RelationType } from '../../graph/relation-type';
import type { Direction, GraphCounts, NodeListFilter, NodePage, RelationPage, SearchHit } from '../graph-store.port';
import { compareHits, scoreNode } from '../search-ranking';
import type { GraphIndex } from './graph-index';

/*
 * The MemoryStore's read queries, as plain functions over its GraphIndex. They return the
 * stored (frozen) nodes and edges in fresh arrays, so no caller can change the graph.
 */

/** Code-unit order, the order of ids in both stores. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Edge ids touching `id` on the chosen side(s), each once (a loop counts once under BOTH). */
export function edgeIdsAround(graph: GraphIndex, id: string, direction: Direction, types?: RelationType[]): Set<string> {
  const out = direction === 'IN' ? [] : graph.edgeIdsOf(id, 'OUT', types);
  const into = direction === 'OUT' ? [] : graph.edgeIdsOf(id, 'IN', types);
  return new Set([...out, ...into]);
}

/** One node's relations in edge-id order, a keyset page of them, and how many there are in all. */
export function relationPage(
  graph: GraphIndex,
  id: string,
  filter: { types?: RelationType[]; direction: Direction; first?: number; after?: string },
): RelationPage {
  const all = [...edgeIdsAround(graph, id, filter.direction, filter.types)].map((e) => graph.edges.get(e)!).sort(byId);
  const after = filter.after;
  const rest = after === undefined ? all : all.filter((e) => e.id > after);
  const edges = filter.first === undefined ? rest : rest.slice(0, filter.first);
  return { edges, others: edges.map((e) => graph.nodes.get(otherEnd(e, id))!), totalCount: all.length };
}

/** Nodes in id order, filtered by kind and by a case-insensitive substring of the name or an alias. */
export function nodePage(graph: GraphIndex, filter: NodeListFilter & { kinds?: NodeKind[] }): NodePage {
  const needle = filter.nameContains?.toLowerCase();
  const matching = [...graph.nodes.values()]
    .filter((n) => !filter.kinds || filter.kinds.includes(n.kind))
    .filter((n) => !needle || [n.name, ...n.aliases].some((s) => s.toLowerCase().includes(needle)))
    .sort(byId);
  const after = filter.after;
  const rest = after === undefined ? matching : matching.filter((n) => n.id > after);
  return { nodes: rest.slice(0, filter.first), totalCount: matching.length };
}

/** Nodes that contain every term, best first (see search-ranking.ts for the rule). */
export function searchNodes(graph: GraphIndex, terms: string[], kinds: NodeKind[] | undefined, first: number): SearchHit[] {
  let candidates: Set<string> | undefined;
  for (const term of terms) {
    const found = graph.text.candidates(term);
    candidates = candidates ? new Set([...candidates].filter((id) => found.has(id))) : found;
  }
  const hits: SearchHit[] = [];
  for (const id of candidates ?? []) {
    const node = graph.nodes.get(id)!;
    if (kinds && !kinds.includes(node.kind)) continue;
    const score = scoreNode(node, terms);
    if (score !== undefined) hits.push({ node, score });
  }
  return hits.sort(compareHits).slice(0, first);
}

/** Nodes and edges counted by kind and by type; kinds and types with none are left out. */
export function countGraph(graph: GraphIndex): GraphCounts {
  const counts: GraphCounts = { nodes: {}, edges: {} };
  for (const n of graph.nodes.values()) counts.nodes[n.kind] = (counts.nodes[n.kind] ?? 0) + 1;
  for (const e of graph.edges.values()) counts.edges[e.type] = (counts.edges[e.type] ?? 0) + 1;
  return counts;
}

/** The edges among `ids` (both ends kept), of the given types, in id order. */
export function edgesAmong(graph: GraphIndex, ids: readonly string[], types?: RelationType[]): GraphEdge[] {
  const kept = new Set(ids);
  const edges = ids.flatMap((id) => graph.edgeIdsOf(id, 'OUT', types).map((e) => graph.edges.get(e)!));
  return edges.filter((e) => kept.has(e.target)).sort(byId);
}

/** The node at the other end of `edge` from `id`. */
export function otherEnd(edge: GraphEdge, id: string): string {
  return edge.source === id ? edge.target : edge.source;
}

/** Nodes whose name key (name, English name, alias; lower-cased) equals `key`, in id order. */
export function nodesNamed(graph: GraphIndex, key: string, kinds?: NodeKind[]): GraphNode[] {
  return graph
    .idsNamed(key)
    .map((id) => graph.nodes.get(id)!)
    .filter((n) => !kinds || kinds.includes(n.kind))
    .sort(byId);
}
