// Template: {{MAX_HOPS}} is replaced by a whole number from 1 to 6 checked by the code
// (variable-length bounds cannot be parameters).
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[*..{{MAX_HOPS}}]-(b))
WHERE $types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)
WITH p, [r IN relationships(p) | r.id] AS key
ORDER BY key
LIMIT $limit
RETURN [n IN nodes(p) | n {.id, .kind, .name, .nameEn, .aliases, .props, text: CASE WHEN $text THEN n.text END, evidence: CASE WHEN $evidence THEN n.evidence END}] AS nodes,
       [r IN relationships(p) |
         r {.id, .props, evidence: CASE WHEN $evidence THEN r.evidence END, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
