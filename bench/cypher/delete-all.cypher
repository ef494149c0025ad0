// Empties the database in transactions of 2000 nodes: one DETACH DELETE of a large graph exceeds
// the embedded server's transaction memory limit (Neo4jStore.clear() fails there above ~100×).
// Auto-commit only (CALL … IN TRANSACTIONS cannot run inside a managed transaction).
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS
