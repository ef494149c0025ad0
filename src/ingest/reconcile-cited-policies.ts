import type { GraphBatch, GraphNode } from '../graph/graph-types';
import { mergeEvidence } from '../graph/evidence';
import type { NodeKind } from '../graph/node-kind';
import { BatchBuilder } from './build/batch-builder';

/** What reconciling reads from the store (the `GraphStore` port has both). */
export interface PolicyReader {
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  findByName?(name: string, kinds?: NodeKind[]): Promise<GraphNode[]>;
}

const isPolicy = (n: GraphNode) => n.kind === 'Policy';
const ingested = (n: GraphNode): boolean => n.properties.inCorpus === true;

function withAliases(node: GraphNode, more: readonly string[]): GraphNode {
  return { ...node, aliases: [...new Set([...node.aliases, ...more])].filter((a) => a !== node.name) };
}

/** The stored document a stub stands for, with the stub's names as aliases and its citation as evidence. */
function absorb(real: GraphNode, stub: GraphNode): GraphNode {
  return { ...withAliases(real, [...stub.aliases, stub.name]), evidence: mergeEvidence(real.evidence, stub.evidence) };
}

/** The batch with node ids replaced as `moved` says, edges re-keyed and merged. */
function repoint(batch: GraphBatch, moved: ReadonlyMap<string, GraphNode>): GraphBatch {
  const builder = new BatchBuilder();
  for (const node of batch.nodes) builder.addNode(moved.get(node.id) ?? node);
  const to = (id: string) => moved.get(id)?.id ?? id;
  for (const e of batch.edges) builder.addEdge(e.type, to(e.source), to(e.target), e.evidence, e.properties);
  return builder.build();
}

/**
 * Makes a batch's Policy nodes meet what the store already holds:
 * - a cited-policy stub whose id (its 文号) the store holds as an ingested document becomes that
 *   document's node, with the cited title as one more alias and the citation as more evidence;
 * - a stub with no 文号 whose title names exactly one ingested document (by name or alias) is that document;
 * - a document replacing its earlier stub keeps the title it was cited by as an alias.
 * Name and properties of an ingested document are never overwritten by a stub.
 */
export async function reconcileCitedPolicies(batch: GraphBatch, store: PolicyReader): Promise<GraphBatch> {
  const policies = batch.nodes.filter(isPolicy);
  if (policies.length === 0) return batch;
  const found = await store.getNodes(policies.map((p) => p.id));
  const stored = new Map(policies.map((p, i) => [p.id, found[i]]));
  const moved = new Map<string, GraphNode>();
  for (const node of policies) {
    const old = stored.get(node.id);
    if (old && !ingested(node) && ingested(old)) moved.set(node.id, absorb(old, node));
    else if (old && ingested(node) && !ingested(old)) moved.set(node.id, withAliases(node, [...old.aliases, old.name]));
    else if (!old && !ingested(node) && node.properties.docNumber === undefined && store.findByName) {
      const named = (await store.findByName(node.name, ['Policy'])).filter(ingested);
      if (named.length === 1) moved.set(node.id, absorb(named[0], node));
    }
  }
  return moved.size === 0 ? batch : repoint(batch, moved);
}
