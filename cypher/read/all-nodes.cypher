MATCH (n:Node)
RETURN n {.id, .kind, .name, .nameEn, .aliases, .props, .text, .evidence} AS node
ORDER BY n.id
