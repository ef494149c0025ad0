// The search rule of src/store/search-ranking.ts, in Cypher. $query is a Lucene query built by the
// code from the terms' escaped pieces (phrases over cjk bigrams for Chinese, wildcards over the
// index's words for Latin letters and digits), or *:* when no piece can use the index; $terms
// (lower-cased) then decide the match exactly and the rank.
CALL db.index.fulltext.queryNodes('node_text', $query) YIELD node AS n
WITH n
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND all(t IN $terms WHERE toLower(n.searchText) CONTAINS t)
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
// Projected after the cut, so only the hits kept are read whole.
RETURN n {.id, .kind, .name, .nameEn, .aliases, .props, text: CASE WHEN $text THEN n.text END, evidence: CASE WHEN $evidence THEN n.evidence END} AS node, score
