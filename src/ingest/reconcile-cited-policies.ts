import type { GraphBatch, GraphNode } from '../graph/graph-types';
import { mergeEvidence } from '../graph/evidence';

/** Reads nodes by id (the store port has it). */
interface NodeReader {
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
}

const isPolicy = (n: GraphNode) => n.kind === 'Policy';
const ingested = (n: GraphNode): boolean => n.properties.inCorpus === true;

function withAliases(node: GraphNode, more: readonly string[]): GraphNode {
  return { ...node, aliases: [...new Set([...node.aliases, ...more])].filter((a) => a !== node.name) };
}

/**
 * Makes a batch's Policy nodes meet what the store already holds under the same id (a 文号):
 * a cited-policy stub does not overwrite a document already ingested (it becomes that document's
 * node, with the cited title as one more alias and the citation as one more piece of evidence), and
 * a document replacing its earlier stub keeps the title it was cited by as an alias.
 */
export async function reconcileCitedPolicies(batch: GraphBatch, store: NodeReader): Promise<GraphBatch> {
  const policies = batch.nodes.filter(isPolicy);
  if (policies.length === 0) return batch;
  const stored = new Map(policies.map((p, i) => [p.id, i]));
  const found = await store.getNodes([...stored.keys()]);
  const before = (id: string) => found[stored.get(id) ?? -1];
  const nodes = batch.nodes.map((node) => {
    if (!isPolicy(node)) return node;
    const old = before(node.id);
    if (!old) return node;
    if (!ingested(node) && ingested(old)) {
      return { ...withAliases(old, [...node.aliases, node.name]), evidence: mergeEvidence(old.evidence, node.evidence) };
    }
    if (ingested(node) && !ingested(old)) return withAliases(node, [...old.aliases, old.name]);
    return node;
  });
  return { nodes, edges: batch.edges };
}
