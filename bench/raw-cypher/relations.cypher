// A node's relations (either way), the first $first in relation-id order, with the far end.
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[r]-(o:Node)
  WITH r, o ORDER BY r.id LIMIT $first
  RETURN collect({id: r.id, type: type(r), direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END, other: o {.id, .name, .kind}}) AS relations
}
RETURN n {.id, .name, .kind, relations: relations} AS result
