import { edgeId } from '../../graph/ids';
import { mergeEvidence, type Evidence } from '../../graph/evidence';
import type { GraphBatch, GraphEdge, GraphNode, Properties } from '../../graph/graph-types';
import type { RelationType } from '../../graph/relation-type';

/**
 * Collects the nodes and edges of one document, merging repeats as the stores do (aliases and
 * evidence united, properties merged), so the batch holds each id once and its counts are real.
 */
export class BatchBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  /** Adds a node, or merges it into the one with the same id (the first name and kind stay). */
  addNode(node: GraphNode): void {
    const seen = this.nodes.get(node.id);
    if (!seen) {
      this.nodes.set(node.id, { ...node, aliases: unique(node.aliases, node.name), evidence: mergeEvidence(node.evidence, []) });
      return;
    }
    seen.aliases = unique([...seen.aliases, ...node.aliases, ...(node.name !== seen.name ? [node.name] : [])], seen.name);
    seen.nameEn ??= node.nameEn;
    seen.properties = { ...node.properties, ...seen.properties };
    seen.evidence = mergeEvidence(seen.evidence, node.evidence);
  }

  /** Adds evidence to a node already added. */
  addNodeEvidence(id: string, evidence: readonly Evidence[]): void {
    const node = this.nodes.get(id);
    if (node) node.evidence = mergeEvidence(node.evidence, evidence);
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds an edge between two node ids, or merges its evidence and properties into the same edge. */
  addEdge(type: RelationType, source: string, target: string, evidence: readonly Evidence[], properties: Properties = {}): void {
    if (source === target) return;
    const id = edgeId(type, source, target);
    const seen = this.edges.get(id);
    if (!seen) {
      this.edges.set(id, { id, type, source, target, properties: { ...properties }, evidence: mergeEvidence(evidence, []) });
      return;
    }
    seen.properties = mergeProperties(seen.properties, properties);
    seen.evidence = mergeEvidence(seen.evidence, evidence);
  }

  /** The batch, nodes and edges in id order so the same document always gives the same batch. */
  build(): GraphBatch {
    const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return { nodes: [...this.nodes.values()].sort(byId), edges: [...this.edges.values()].sort(byId) };
  }
}

/** Distinct aliases, without the node's own name. */
function unique(aliases: readonly string[], name: string): string[] {
  return [...new Set(aliases)].filter((a) => a !== name && a.trim() !== '');
}

/** Later facts add keys; a boolean said true once stays true (a policy cited once as a basis is a basis). */
function mergeProperties(a: Properties, b: Properties): Properties {
  const out: Properties = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (typeof value === 'boolean' && typeof out[key] === 'boolean') out[key] = (out[key] as boolean) || value;
    else if (!(key in out)) out[key] = value;
  }
  return out;
}
