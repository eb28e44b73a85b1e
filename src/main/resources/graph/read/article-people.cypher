// Most mentioned first.
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(p:Person)
WITH id, p, m ORDER BY m.count DESC, p.name
RETURN id AS key, collect(p {.*, labels: labels(p)}) AS nodes
