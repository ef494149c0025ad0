import { mergeEvidence } from '../../graph/evidence';
import type { GraphBatch, GraphEdge, GraphNode } from '../../graph/graph-types';
import { edgeId } from '../../graph/ids';

/**
 * What merging `drop` into `keep` writes once `drop` is deleted: `keep` with drop's names as aliases
 * and its evidence, and each of drop's edges re-pointed at `keep` (edges between the two vanish).
 */
export function planMerge(keep: GraphNode, drop: GraphNode, dropEdges: readonly GraphEdge[]): GraphBatch {
  const nameEn = keep.nameEn ?? drop.nameEn;
  const names = [drop.name, ...(drop.nameEn ? [drop.nameEn] : []), ...drop.aliases, ...keep.aliases];
  const aliases = [...new Set(names)].filter((name) => name !== keep.name && name !== nameEn);
  const merged: GraphNode = {
    ...keep,
    nameEn,
    aliases,
    properties: { ...drop.properties, ...keep.properties },
    evidence: mergeEvidence(keep.evidence, drop.evidence),
  };
  const repoint = (id: string): string => (id === drop.id ? keep.id : id);
  const edges = new Map<string, GraphEdge>();
  for (const edge of dropEdges) {
    const source = repoint(edge.source);
    const target = repoint(edge.target);
    if (source === target) continue;
    const id = edgeId(edge.type, source, target);
    const earlier = edges.get(id);
    edges.set(id, {
      ...edge,
      id,
      source,
      target,
      properties: { ...edge.properties, ...earlier?.properties },
      evidence: earlier ? mergeEvidence(earlier.evidence, edge.evidence) : edge.evidence,
    });
  }
  return { nodes: [merged], edges: [...edges.values()] };
}
