// The nodes with the given ids (in no particular order) and the edges among them of the given
// types, in edge-id order: the last step of a neighbourhood walk.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE n.kind IS NOT NULL
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Node)
  WHERE b IN ns AND ($types IS NULL OR type(r) IN $types)
  WITH r, a, b
  ORDER BY r.id
  RETURN collect(r {.id, .props, evidence: CASE WHEN $evidence THEN r.evidence END, type: type(r), source: a.id, target: b.id}) AS edges
}
RETURN [n IN ns | n {.id, .kind, .name, .nameEn, .aliases, .props, evidence: CASE WHEN $evidence THEN n.evidence END}] AS nodes, edges
