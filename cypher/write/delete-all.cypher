// Every node and relationship, deleted in batches that each commit (run outside a transaction):
// one transaction over a large graph would need memory in proportion to all of it.
MATCH (n:Node)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS
