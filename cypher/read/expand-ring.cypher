// One ring of a breadth-first walk: the neighbours (either direction) of the given nodes.
UNWIND $ids AS id
MATCH (:Node {id: id})-[r]-(m:Node)
WHERE $types IS NULL OR type(r) IN $types
RETURN DISTINCT m.id AS id
