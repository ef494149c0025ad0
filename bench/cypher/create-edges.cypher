// Bulk load of a fresh database: {{TYPE}} is a relation type from the allow-list in src/graph/relation-type.ts.
UNWIND $rows AS row
MATCH (a:Node {id: row.source})
MATCH (b:Node {id: row.target})
CREATE (a)-[r:{{TYPE}}]->(b)
SET r.id = row.id, r.props = row.props, r.evidence = row.evidence
