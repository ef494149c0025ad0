// Node ids are unique across every kind: MERGE by id relies on it, and it backs id look-ups.
CREATE CONSTRAINT node_id_unique IF NOT EXISTS
FOR (n:Node) REQUIRE n.id IS UNIQUE
