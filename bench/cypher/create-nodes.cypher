// Bulk load of a fresh database: {{KIND}} is a node kind from the allow-list in src/graph/node-kind.ts.
// Rows are the Neo4j adapter's own (nodeToRow), so the stored shape is the store's.
UNWIND $rows AS row
CREATE (n:Node:{{KIND}})
SET n = row
