MATCH ()-[r]->()
RETURN type(r) AS key, count(*) AS count
