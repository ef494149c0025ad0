// The entity a name stands for, as vetgraph's entity(name) answers it: exact name, English name or
// alias (Latin letters in any case), the one whose name is exactly $name first, then by id.
MATCH (n:Node)
WHERE (toLower(n.name) = $key OR toLower(n.nameEn) = $key OR any(a IN n.aliases WHERE toLower(a) = $key))
  AND NOT n.kind IN ['Policy', 'Clause']
WITH n ORDER BY CASE WHEN n.name = $name THEN 0 ELSE 1 END, n.id
LIMIT 1
RETURN n {.id, .name, .kind, .aliases, .nameEn} AS result
