CREATE INDEX node_name IF NOT EXISTS
FOR (n:Node) ON (n.name)
