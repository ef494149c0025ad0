// Three levels: a node → its PARTNERS_WITH partners (either way) → each partner's relations with the far end.
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[p:PARTNERS_WITH]-(partner:Node)
  WITH p, partner ORDER BY p.id LIMIT $first
  CALL (partner) {
    MATCH (partner)-[r]-(o:Node)
    WITH r, o ORDER BY r.id LIMIT $first
    RETURN collect({id: r.id, type: type(r), direction: CASE WHEN startNode(r) = partner THEN 'OUT' ELSE 'IN' END, other: o {.id, .name, .kind}}) AS relations
  }
  RETURN collect(partner {.id, .name, .kind, relations: relations}) AS partners
}
RETURN n {.id, .name, .kind, partners: partners} AS result
