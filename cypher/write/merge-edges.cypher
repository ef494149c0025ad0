// Template: {{TYPE}} is replaced by a relation type from the allow-list in src/graph/relation-type.ts
// (relationship types cannot be parameters); the code refuses any other value.
UNWIND $edges AS row
MATCH (a:Node {id: row.source})
MATCH (b:Node {id: row.target})
MERGE (a)-[r:{{TYPE}} {id: row.id}]->(b)
SET r.props = row.props,
    r.evidence = row.evidence
RETURN count(r) AS written
