UNWIND $ids AS id
MATCH (:Commenter {id: id})-[:WROTE]->(c:Comment)
WITH id, c ORDER BY c.id
RETURN id AS key, collect(c {.*, labels: labels(c)}) AS nodes
