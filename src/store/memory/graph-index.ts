import type { GraphEdge, GraphNode } from '../../graph/graph-types';
import type { RelationType } from '../../graph/relation-type';
import { buildSearchText, storedPinyinKeys } from '../search-ranking';
import { TextIndex } from './text-index';

type Adjacency = Map<string, Map<RelationType, Set<string>>>;

function link(adjacency: Adjacency, nodeId: string, type: RelationType, edgeId: string): void {
  let byType = adjacency.get(nodeId);
  if (!byType) adjacency.set(nodeId, (byType = new Map()));
  let ids = byType.get(type);
  if (!ids) byType.set(type, (ids = new Set()));
  ids.add(edgeId);
}

function unlink(adjacency: Adjacency, nodeId: string, type: RelationType, edgeId: string): void {
  const ids = adjacency.get(nodeId)?.get(type);
  ids?.delete(edgeId);
  if (ids?.size === 0) adjacency.get(nodeId)!.delete(type);
  if (adjacency.get(nodeId)?.size === 0) adjacency.delete(nodeId);
}

/** The name keys of a node: name, English name, aliases and pinyin keys, lower-cased (Latin letters match in any case). */
export function nameKeys(node: GraphNode): Set<string> {
  return new Set([node.name, node.nameEn ?? '', ...node.aliases, ...storedPinyinKeys(node)].filter((s) => s !== '').map((s) => s.toLowerCase()));
}

/** Freezes a value and everything in it, so a stored node or edge can be handed out without copying. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The MemoryStore's graph: nodes and edges by id, with the indexes that keep reads O(degree):
 * edges out of and into each node by type, nodes by name key, and a bigram text index.
 * Every change goes through `putNode`, `putEdge`, `deleteNode` so the indexes never drift.
 * Stored nodes and edges are frozen: reads return them as they are, and a write replaces them.
 */
export class GraphIndex {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  private readonly out: Adjacency = new Map();
  private readonly in: Adjacency = new Map();
  private readonly byName = new Map<string, Set<string>>();
  readonly text = new TextIndex();

  putNode(node: GraphNode): void {
    const old = this.nodes.get(node.id);
    if (old) this.unindexNode(old);
    this.nodes.set(node.id, deepFreeze(node));
    for (const key of nameKeys(node)) {
      let ids = this.byName.get(key);
      if (!ids) this.byName.set(key, (ids = new Set()));
      ids.add(node.id);
    }
    this.text.add(node.id, buildSearchText(node));
  }

  putEdge(edge: GraphEdge): void {
    // Type and ends of an id never change (the merge rule forbids it), so the adjacency stays valid.
    this.edges.set(edge.id, deepFreeze(edge));
    link(this.out, edge.source, edge.type, edge.id);
    link(this.in, edge.target, edge.type, edge.id);
  }

  /** Removes a node and every edge touching it. */
  deleteNode(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    for (const edgeId of [...this.edgeIdsOf(id, 'OUT'), ...this.edgeIdsOf(id, 'IN')]) this.deleteEdge(edgeId);
    this.unindexNode(node);
    this.nodes.delete(id);
  }

  private deleteEdge(id: string): void {
    const edge = this.edges.get(id);
    if (!edge) return;
    unlink(this.out, edge.source, edge.type, id);
    unlink(this.in, edge.target, edge.type, id);
    this.edges.delete(id);
  }

  private unindexNode(node: GraphNode): void {
    for (const key of nameKeys(node)) {
      const ids = this.byName.get(key);
      ids?.delete(node.id);
      if (ids?.size === 0) this.byName.delete(key);
    }
    this.text.remove(node.id, buildSearchText(node));
  }

  /** Ids of the edges leaving (OUT) or entering (IN) a node, of the given types or all. */
  edgeIdsOf(id: string, side: 'OUT' | 'IN', types?: readonly RelationType[]): string[] {
    const byType = (side === 'OUT' ? this.out : this.in).get(id);
    if (!byType) return [];
    const sets = types ? types.map((t) => byType.get(t) ?? new Set<string>()) : [...byType.values()];
    return sets.flatMap((s) => [...s]);
  }

  /** Ids of the nodes with this name key. */
  idsNamed(key: string): string[] {
    return [...(this.byName.get(key) ?? [])];
  }

  clear(): void {
    for (const map of [this.nodes, this.edges, this.out, this.in, this.byName]) map.clear();
    this.text.clear();
  }
}
