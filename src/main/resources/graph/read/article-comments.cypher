// In thread order: 1, 1.1, 2, 3, 3.1, ...
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:ON]-(c:Comment)
WITH id, c ORDER BY c.position
RETURN id AS key, collect(c {.*, labels: labels(c)}) AS nodes
