// vetgraph's search rule (cypher/read/search-nodes.cypher): narrow with the cjk full-text index, then
// every term must be a substring of the search text; ranked by where the terms occur.
CALL db.index.fulltext.queryNodes('node_text', $query) YIELD node AS n
WITH n
WHERE all(t IN $terms WHERE toLower(n.searchText) CONTAINS t)
WITH n, [t IN $terms |
  CASE
    WHEN toLower(n.name) = t OR toLower(n.nameEn) = t OR any(a IN n.aliases WHERE toLower(a) = t) THEN 4
    WHEN toLower(n.name) CONTAINS t THEN 3
    WHEN toLower(n.nameEn) CONTAINS t OR any(a IN n.aliases WHERE toLower(a) CONTAINS t) THEN 2
    ELSE 1
  END] AS tiers
WITH n,
     toFloat(reduce(total = 0, tier IN tiers | total + tier)) / size($terms) AS score,
     CASE n.kind WHEN 'Clause' THEN 2 WHEN 'Policy' THEN 1 ELSE 0 END AS kindRank
ORDER BY score DESC, kindRank, size(n.name), n.id
LIMIT $first
RETURN {score: score, node: n {.id, .name, .kind}} AS result
