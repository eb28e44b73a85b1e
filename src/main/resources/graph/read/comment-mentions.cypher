UNWIND $ids AS id
MATCH (:Comment {id: id})-[:MENTIONS]->(e:Entity)
WITH id, e ORDER BY e.name
RETURN id AS key, collect(e {.*, labels: labels(e)}) AS nodes
