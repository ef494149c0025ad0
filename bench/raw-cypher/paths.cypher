// Every shortest path (either direction, at most 4 hops) between two nodes, the first $first by relation ids.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WITH p, [r IN relationships(p) | r.id] AS key
ORDER BY key
LIMIT $first
RETURN {nodes: [n IN nodes(p) | n {.id, .name, .kind}], relations: [r IN relationships(p) | {id: r.id, type: type(r)}]} AS result
