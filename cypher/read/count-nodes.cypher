MATCH (n:Node)
RETURN n.kind AS key, count(*) AS count
