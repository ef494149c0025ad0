UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n {.id, .kind, .name, .nameEn, .aliases, .props, .evidence} AS node
