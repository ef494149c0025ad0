// find-by-name.cypher through the cjk full-text index: $query asks for the name's Chinese and Latin
// pieces (src/store/neo4j/lucene-query.ts), so the index yields only the nodes whose name, English
// name, alias or clause text holds them, and the exact rule below picks among them instead of
// checking every node. $key is lower-cased by the caller.
CALL db.index.fulltext.queryNodes('node_text', $query) YIELD node AS n
WITH n
WHERE (toLower(n.name) = $key OR toLower(n.nameEn) = $key OR any(a IN n.aliases WHERE toLower(a) = $key) OR $key IN n.pinyin)
  AND ($kinds IS NULL OR n.kind IN $kinds)
RETURN n {.id, .kind, .name, .nameEn, .aliases, .props, text: CASE WHEN $text THEN n.text END, evidence: CASE WHEN $evidence THEN n.evidence END} AS node
ORDER BY n.id
