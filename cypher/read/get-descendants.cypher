// For each asked id: every node reached from it by following relations of $types outwards,
// however far, each once (a breadth-first search, so a hub is never enumerated path by path),
// nearest first, then in id order. The node itself is left out, even when a cycle comes back to it.
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
CALL (n) {
  MATCH p = ANY SHORTEST (n)-[r WHERE type(r) IN $types]->+(d:Node)
  WHERE d <> n
  WITH d, length(p) AS depth
  ORDER BY depth, d.id
  RETURN collect(d {.id, .kind, .name, .nameEn, .aliases, .props, text: CASE WHEN $text THEN d.text END,
                    evidence: CASE WHEN $evidence THEN d.evidence END}) AS descendants
}
RETURN id, descendants
