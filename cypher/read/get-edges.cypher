// Edge ids are checked across every type (an id reused with other ends is a conflict), and a
// relationship index is per type, so this scans the relationships: linear in the edge count,
// once per write batch.
MATCH (a:Node)-[r]->(b:Node)
WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), source: a.id, target: b.id} AS edge
