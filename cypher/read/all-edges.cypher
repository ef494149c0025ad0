MATCH (a:Node)-[r]->(b:Node)
RETURN r {.id, .props, .evidence, type: type(r), source: a.id, target: b.id} AS edge
ORDER BY r.id
