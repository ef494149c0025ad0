/** Every kind of node in the graph. Entity kinds are the real-world actors and things; Policy and Clause are the documents and their parts. */
export const ENTITY_KINDS = [
  'School',
  'Enterprise',
  'GovernmentBody',
  'Alliance',
  'Community',
  'Workshop',
  'IndustryCollege',
  'Programme',
  'Project',
  'Organization',
  'Country',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

export const NODE_KINDS = [...ENTITY_KINDS, 'Policy', 'Clause'] as const;

/** A node's kind; also its Neo4j label (an allow-list: labels never come from input). */
export type NodeKind = (typeof NODE_KINDS)[number];

/** True when `value` names a node kind. */
export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

/** True when `kind` is an entity kind (not a document or clause). */
export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}
