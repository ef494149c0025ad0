import type { GraphBatch, GraphNode } from '../graph/graph-types';
import { mergeEvidence } from '../graph/evidence';

/** Reads nodes by id (the store port has it). */
interface NodeReader {
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
}

const isStub = (n: GraphNode) => n.kind === 'Policy' && n.properties.inCorpus === false;

/**
 * A batch whose cited-policy stubs do not overwrite documents already ingested: a stub whose id
 * the store holds as an ingested document becomes that document's node, with the cited title as
 * one more alias and the citation as one more piece of evidence. A stub written first is later
 * overwritten by the document itself (name and properties come from the newer write).
 */
export async function reconcileCitedPolicies(batch: GraphBatch, store: NodeReader): Promise<GraphBatch> {
  const stubs = batch.nodes.filter(isStub);
  if (stubs.length === 0) return batch;
  const stored = await store.getNodes(stubs.map((s) => s.id));
  const ingested = new Map(stored.filter((n): n is GraphNode => n !== null && n.properties.inCorpus === true).map((n) => [n.id, n]));
  if (ingested.size === 0) return batch;
  const nodes = batch.nodes.map((node) => {
    const real = isStub(node) ? ingested.get(node.id) : undefined;
    if (!real) return node;
    const aliases = [...new Set([...real.aliases, ...node.aliases, node.name])].filter((a) => a !== real.name);
    return { ...real, aliases, evidence: mergeEvidence(real.evidence, node.evidence) };
  });
  return { nodes, edges: batch.edges };
}
