import type { Evidence } from './evidence';
import type { NodeKind } from './node-kind';
import type { RelationType } from './relation-type';

/** A property value the stores can keep as-is (Neo4j property types, no nested maps). */
export type PropertyValue = string | number | boolean | null | string[] | number[];

export type Properties = Record<string, PropertyValue>;

/**
 * A node of the graph. Policy nodes carry document metadata in `properties`
 * (file, title, docNumber, issuers, date, level, docKind, inCorpus); Clause nodes carry
 * (document, path, heading, text, line, parent, order, deadline).
 */
export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn?: string;
  aliases: string[];
  properties: Properties;
  evidence: Evidence[];
}

/** A directed, typed edge; its id is derived from (type, source, target) so re-ingest merges. */
export interface GraphEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  properties: Properties;
  evidence: Evidence[];
}

/** What one ingest writes, in one transaction. */
export interface GraphBatch {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
