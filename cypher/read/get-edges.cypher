// Template: {{TYPE}} is replaced by a relation type from the allow-list in src/graph/relation-type.ts.
// The stored edges of one type with the given ids, through that type's id index
// (schema/create-edge-id-index.cypher): edge ids begin with their type, so one type holds them all.
UNWIND $ids AS id
MATCH (a:Node)-[r:{{TYPE}} {id: id}]->(b:Node)
RETURN r {.id, .props, .evidence, type: type(r), source: a.id, target: b.id} AS edge
