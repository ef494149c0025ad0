// The nodes named $key: by name, English name, alias or pinyin key (stored lower-cased). $key is
// lower-cased by the caller; names are compared lower-cased so Latin letters match in any case.
MATCH (n:Node)
WHERE (toLower(n.name) = $key OR toLower(n.nameEn) = $key OR any(a IN n.aliases WHERE toLower(a) = $key) OR $key IN n.pinyin)
  AND ($kinds IS NULL OR n.kind IN $kinds)
RETURN n {.id, .kind, .name, .nameEn, .aliases, .props, text: CASE WHEN $text THEN n.text END, evidence: CASE WHEN $evidence THEN n.evidence END} AS node
ORDER BY n.id
