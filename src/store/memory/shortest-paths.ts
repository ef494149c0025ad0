import type { GraphEdge } from '../../graph/graph-types';
import type { GraphPath } from '../graph-store.port';
import type { RelationType } from '../../graph/relation-type';
import type { GraphIndex } from './graph-index';
import { byId, edgeIdsAround, otherEnd } from './memory-reads';

/** Hop counts from `start`, breadth-first, ignoring direction, no further than `maxHops` (or until `stopAt` is reached). */
function distances(graph: GraphIndex, start: string, maxHops: number, types?: RelationType[], stopAt?: string): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let ring = [start];
  for (let hop = 1; hop <= maxHops && ring.length > 0 && !(stopAt && dist.has(stopAt)); hop++) {
    const next: string[] = [];
    for (const id of ring) {
      for (const edgeId of edgeIdsAround(graph, id, 'BOTH', types)) {
        const other = otherEnd(graph.edges.get(edgeId)!, id);
        if (!dist.has(other)) {
          dist.set(other, hop);
          next.push(other);
        }
      }
    }
    ring = next;
  }
  return dist;
}

/**
 * Every shortest path from `from` to `to` (direction ignored), with its nodes and edges, in the order of
 * their edge-id lists, at most `limit` of them: the same answer as Cypher's allShortestPaths
 * ordered by edge ids. Only edges that lie on some shortest path are followed, so the walk
 * never enumerates a path it will not return.
 */
export function shortestPaths(
  graph: GraphIndex,
  from: string,
  to: string,
  options: { maxHops: number; types?: RelationType[]; limit: number },
): GraphPath[] {
  if (from === to || !graph.nodes.has(from) || !graph.nodes.has(to)) return [];
  const fromStart = distances(graph, from, options.maxHops, options.types, to);
  const length = fromStart.get(to);
  if (length === undefined) return [];
  const toEnd = distances(graph, to, length, options.types);
  const paths: GraphPath[] = [];
  const nodes = [from];
  const walk = (id: string, path: GraphEdge[]): void => {
    if (id === to) {
      paths.push({ nodes: nodes.map((n) => graph.nodes.get(n)!), edges: [...path] });
      return;
    }
    const steps = [...edgeIdsAround(graph, id, 'BOTH', options.types)].map((e) => graph.edges.get(e)!).sort(byId);
    for (const edge of steps) {
      if (paths.length >= options.limit) return;
      const next = otherEnd(edge, id);
      if (fromStart.get(id)! + 1 + (toEnd.get(next) ?? Infinity) !== length) continue;
      path.push(edge);
      nodes.push(next);
      walk(next, path);
      nodes.pop();
      path.pop();
    }
  };
  walk(from, []);
  return paths;
}
