// Nodes without a kind are the lock placeholders of write/lock-nodes.cypher: not nodes yet.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE n.kind IS NOT NULL
RETURN n {.id, .kind, .name, .nameEn, .aliases, .props, .evidence} AS node
