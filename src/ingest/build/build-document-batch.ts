import type { GraphBatch, GraphNode } from '../../graph/graph-types';
import { clauseId } from '../../graph/ids';
import type { SegmentedDocument } from '../ingest-types';
import { BatchBuilder } from './batch-builder';
import { buildClauseNodes } from './clause-nodes';
import type { EntityResolution } from './entity-resolution';
import { createEvidenceMaker, type EvidenceMaker } from './evidence-maker';
import { buildPolicyNode } from './policy-node';
import type { FactEnd, RelationFact } from './relation-fact';

/** What one document's batch is built from. */
export interface DocumentBatchInput {
  doc: SegmentedDocument;
  /** The file as the user named it (the Policy node's `file`). */
  file: string;
  documentId: string;
  facts: readonly RelationFact[];
  entities: EntityResolution;
}

/** The node id one end of a fact stands for; entity and rule-made nodes are added to the batch on the way. */
function endId(end: FactEnd, input: DocumentBatchInput, builder: BatchBuilder, evidence: EvidenceMaker, how: RelationFact): string {
  switch (end.kind) {
    case 'document':
      return input.documentId;
    case 'clause':
      return clauseId(input.documentId, end.path);
    case 'entity': {
      const entity = input.entities.resolve(end.mention);
      const node = input.entities.node(entity);
      node.evidence = [evidence.evidence({ start: end.mention.start, end: end.mention.end }, how)];
      builder.addNode(node);
      return entity.id;
    }
    case 'node': {
      const draft = end.node;
      const node: GraphNode = {
        id: draft.id,
        kind: draft.kind,
        name: draft.name,
        nameEn: draft.nameEn,
        aliases: draft.aliases,
        properties: draft.properties,
        evidence: draft.spans.map((s) => evidence.evidence(s, how)),
      };
      builder.addNode(node);
      return draft.id;
    }
  }
}

/**
 * One document as a graph batch: its Policy node, its Clause nodes, and for every fact the nodes at
 * both ends (entities resolved to one node per real-world thing) and the edge, each with evidence
 * that quotes the file. Repeated facts merge into one edge with all their evidence.
 */
export function buildDocumentBatch(input: DocumentBatchInput): GraphBatch {
  const evidence = createEvidenceMaker(input.doc, input.documentId);
  const builder = new BatchBuilder();
  builder.addNode(buildPolicyNode(input.doc, input.file, evidence));
  for (const clause of buildClauseNodes(input.doc, input.documentId, evidence)) builder.addNode(clause);
  for (const fact of input.facts) {
    const source = endId(fact.source, input, builder, evidence, fact);
    const target = endId(fact.target, input, builder, evidence, fact);
    const clausePath = fact.target.kind === 'clause' && fact.type !== 'CONTAINS' ? fact.target.path : undefined;
    const how = { confidence: fact.confidence, extractor: fact.extractor, clausePath };
    const quotes = fact.spans.map((s) => evidence.evidence(s, how));
    builder.addEdge(fact.type, source, target, quotes, fact.properties);
  }
  return builder.build();
}
