// $needle is lower-cased by the caller (null for no name filter).
MATCH (n:Node)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($needle IS NULL
    OR toLower(n.name) CONTAINS $needle
    OR any(a IN n.aliases WHERE toLower(a) CONTAINS $needle))
WITH n
ORDER BY n.id
WITH collect(n) AS matching
RETURN size(matching) AS totalCount,
       [n IN [m IN matching WHERE $after IS NULL OR m.id > $after][0..$first] |
         n {.id, .kind, .name, .nameEn, .aliases, .props, text: CASE WHEN $text THEN n.text END, evidence: CASE WHEN $evidence THEN n.evidence END}] AS nodes
