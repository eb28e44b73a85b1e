UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(o:Organization)
WITH id, o, m ORDER BY m.count DESC, o.name
RETURN id AS key, collect(o {.*, labels: labels(o)}) AS nodes
