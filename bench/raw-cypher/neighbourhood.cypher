// Nodes within 2 hops of a node (at most $maxNodes with it) and the relationships among them.
MATCH (s:Node {id: $id})
CALL (s) {
  MATCH (s)-[*1..2]-(m:Node)
  WHERE m <> s
  WITH DISTINCT m LIMIT $maxNodes - 1
  RETURN collect(m) AS ring
}
WITH [s] + ring AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Node)
  WHERE b IN ns
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id}) AS edges
}
RETURN {nodes: [n IN ns | n {.id, .name, .kind}], edges: edges, truncated: size(ns) >= $maxNodes} AS result
