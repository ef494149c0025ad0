import type { GraphNode, Properties } from '../../graph/graph-types';
import type { EntityKind } from '../../graph/node-kind';
import type { RelationType } from '../../graph/relation-type';
import type { EntityMention } from '../recognise';

/** A range of the normalised text; the builder maps it back to the file for the evidence quote. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A node a rule makes itself, not by resolving a name: a project of table 3-1, a programme of
 * table 6-1, a cited policy. Its id is final; `spans` become its evidence.
 */
export type NodeDraft = Omit<GraphNode, 'evidence'> & { spans: Span[] };

/** One end of a relation, before it has a node id. */
export type FactEnd =
  /** A name read from the text; the resolver turns it into an entity node. */
  | { kind: 'entity'; mention: EntityMention }
  /** A clause of this document, by path. */
  | { kind: 'clause'; path: string }
  /** This document's Policy node. */
  | { kind: 'document' }
  /** A node the rule made (see {@link NodeDraft}). */
  | { kind: 'node'; node: NodeDraft };

/**
 * A relation a rule read from one document, in normalised offsets. Each span becomes one piece of
 * evidence (a table relation may show both of its cells).
 */
export interface RelationFact {
  type: RelationType;
  source: FactEnd;
  target: FactEnd;
  spans: Span[];
  confidence: number;
  /** Rule name and version, e.g. `table-duties@1`. */
  extractor: string;
  properties?: Properties;
}

/** An entity mention made from a span of a table cell or a list (not found by the recogniser). */
export function spanMention(kind: EntityKind, surface: string, span: Span): EntityMention {
  return { kind, surface, start: span.start, end: span.end, generic: false };
}
