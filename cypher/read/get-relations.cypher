// One row per asked id: its relations on the chosen side(s) in edge-id order, the page after
// $after of at most $first of them (all when $first is null), and how many there are in all.
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[r]-()
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH'
      OR ($direction = 'OUT' AND startNode(r) = n)
      OR ($direction = 'IN' AND endNode(r) = n))
  WITH DISTINCT r
  ORDER BY r.id
  RETURN collect(r) AS rels
}
WITH id, rels, [r IN rels WHERE $after IS NULL OR r.id > $after] AS rest
RETURN id,
       size(rels) AS totalCount,
       [r IN CASE WHEN $first IS NULL THEN rest ELSE rest[0..$first] END |
         r {.id, .props, .evidence, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
