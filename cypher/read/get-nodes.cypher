// Nodes without a kind are the lock placeholders of write/lock-nodes.cypher: not nodes yet.
// Evidence only when $evidence is true (it is most of a node's bytes); a clause's text only when $text is.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE n.kind IS NOT NULL
RETURN n {.id, .kind, .name, .nameEn, .aliases, .props, text: CASE WHEN $text THEN n.text END, evidence: CASE WHEN $evidence THEN n.evidence END} AS node
