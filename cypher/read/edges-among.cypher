// The edges whose two ends are both among the given nodes.
UNWIND $ids AS id
MATCH (a:Node {id: id})-[r]->(b:Node)
WHERE b.id IN $ids AND ($types IS NULL OR type(r) IN $types)
RETURN r {.id, .props, .evidence, type: type(r), source: a.id, target: b.id} AS edge
ORDER BY r.id
