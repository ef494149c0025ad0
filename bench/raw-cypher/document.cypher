// A document with every clause of its tree (the first $first by id) and each clause's responsible units.
MATCH (d:Node {id: $id})
CALL (d) {
  MATCH (d)-[:CONTAINS*1..6]->(c:Node)
  WITH DISTINCT c ORDER BY c.id LIMIT $first
  CALL (c) {
    OPTIONAL MATCH (u:Node)-[:RESPONSIBLE_FOR]->(c)
    RETURN collect(u {.id, .name, .kind}) AS responsible
  }
  RETURN collect(c {.id, .name, .props, .text, responsible: responsible}) AS clauses
}
RETURN d {.id, .name, .props, clauses: clauses} AS result
