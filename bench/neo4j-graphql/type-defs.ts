/**
 * Type definitions for the Neo4j GraphQL Library over vetgraph's own Neo4j data model, written as
 * a user of that library would write them for this database: one `GraphNode` type on the `:Node`
 * label (`Node` is reserved for Relay; our kinds are extra labels and a `kind` property), one
 * `@relationship` field per relation type and direction (the library needs a fixed type per
 * field), and `@cypher` fields for what it cannot generate: a document's whole clause tree, a
 * bounded neighbourhood, shortest paths, and the search rule — those run the very statements of
 * the raw-Cypher target (bench/raw-cypher), so both do the same database work. Mutations are off.
 */
import { RELATION_TYPE_NAMES, type RelationType } from '../../src/graph/relation-type';

/** camelCase field of a relation type and direction: PARTNERS_WITH, OUT → partnersWithOut. */
export function relationField(type: RelationType, direction: 'OUT' | 'IN'): string {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return `${camel}${direction === 'OUT' ? 'Out' : 'In'}`;
}

/** Every relationship field of `GraphNode`, both directions of every relation type. */
export const RELATION_FIELDS = RELATION_TYPE_NAMES.flatMap((type) => (['OUT', 'IN'] as const).map((direction) => ({ type, direction, field: relationField(type, direction) })));

function block(statement: string): string {
  if (statement.includes('"""')) throw new Error('a Cypher statement for @cypher may not contain """');
  return `"""\n${statement.trim()}\n"""`;
}

/** The SDL handed to `new Neo4jGraphQL({ typeDefs })`, with the raw target's statements for the `@cypher` queries. */
export function buildTypeDefs(raw: Record<string, string>): string {
  const relationFields = RELATION_FIELDS.map((f) => `  ${f.field}: [GraphNode!]! @relationship(type: "${f.type}", direction: ${f.direction})`).join('\n');
  return /* GraphQL */ `
type GraphNode @node(labels: ["Node"]) @mutation(operations: []) {
  id: ID!
  kind: String!
  name: String!
  nameEn: String
  aliases: [String!]
  searchText: String
  "JSON text, as the store keeps it (all properties but a clause's text)"
  props: String
  "A clause's own text, kept apart by the store"
  text: String
  "JSON text, as the store keeps it"
  evidence: String
${relationFields}
  "Every clause under this document, any depth."
  allClauses: [GraphNode!]! @cypher(statement: "MATCH (this)-[:CONTAINS*1..6]->(c:Node) RETURN DISTINCT c", columnName: "c")
}

type PlainNode {
  id: ID!
  name: String!
  kind: String!
}

type PlainEdge {
  id: ID!
  type: String!
  source: ID
  target: ID
}

type Subgraph {
  nodes: [PlainNode!]!
  edges: [PlainEdge!]!
  truncated: Boolean!
}

type PathRow {
  nodes: [PlainNode!]!
  relations: [PlainEdge!]!
}

type SearchRow {
  score: Float!
  node: PlainNode!
}

type Query {
  neighbourhood(id: ID!, maxNodes: Int!): Subgraph @cypher(statement: ${block(raw.neighbourhood)}, columnName: "result")
  shortestPaths(from: ID!, to: ID!, first: Int!): [PathRow!]! @cypher(statement: ${block(raw.paths)}, columnName: "result")
  search(query: String!, terms: [String!]!, first: Int!): [SearchRow!]! @cypher(statement: ${block(raw.search)}, columnName: "result")
}
`;
}
