// Template: {{MAX_HOPS}} is replaced by the depth, a whole number from 1 to 6 checked by the code
// (quantifier bounds cannot be parameters).
// The nodes within that many hops of $id (either direction, over $types or all types), found by
// one breadth-first search: the start node, then ring after ring in id order, cut at $maxNodes;
// then the relationships among the kept nodes, in edge-id order. `truncated` says the cut was made.
MATCH (s:Node {id: $id})
WHERE s.kind IS NOT NULL
CALL (s) {
  MATCH p = ANY SHORTEST (s)-[r WHERE $types IS NULL OR type(r) IN $types]-{1,{{MAX_HOPS}}}(m:Node)
  WHERE m <> s AND m.kind IS NOT NULL
  WITH m, length(p) AS ring
  ORDER BY ring, m.id
  RETURN collect(m) AS found
}
WITH [s] + found[0..$maxNodes - 1] AS ns, size(found) >= $maxNodes AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Node)
  WHERE b IN ns AND ($types IS NULL OR type(r) IN $types)
  WITH r, a, b
  ORDER BY r.id
  RETURN collect(r {.id, .props, evidence: CASE WHEN $evidence THEN r.evidence END, type: type(r), source: a.id, target: b.id}) AS edges
}
RETURN [n IN ns | n {.id, .kind, .name, .nameEn, .aliases, .props, text: CASE WHEN $text THEN n.text END,
                     evidence: CASE WHEN $evidence THEN n.evidence END}] AS nodes,
       edges, truncated
