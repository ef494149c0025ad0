// One row per asked id: its relations on the chosen side(s) in edge-id order, the page after
// $after of at most $first of them (all when $first is null), the node at the far end of each
// (the node itself for a loop), and how many relations match in all.
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)-[r]-(o:Node)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH'
      OR ($direction = 'OUT' AND startNode(r) = n)
      OR ($direction = 'IN' AND endNode(r) = n))
  WITH DISTINCT r, o
  ORDER BY r.id
  RETURN collect({r: r, o: o}) AS rels
}
WITH id, size(rels) AS totalCount, [x IN rels WHERE $after IS NULL OR x.r.id > $after] AS rest
WITH id, totalCount, CASE WHEN $first IS NULL THEN rest ELSE rest[0..$first] END AS page
RETURN id,
       totalCount,
       [x IN page | {id: x.r.id, props: x.r.props, evidence: CASE WHEN $evidence THEN x.r.evidence END, type: type(x.r),
                     source: startNode(x.r).id, target: endNode(x.r).id}] AS edges,
       [x IN page | {id: x.o.id, kind: x.o.kind, name: x.o.name, nameEn: x.o.nameEn, aliases: x.o.aliases,
                     props: x.o.props, text: CASE WHEN $text THEN x.o.text END,
                     evidence: CASE WHEN $evidence THEN x.o.evidence END}] AS others
