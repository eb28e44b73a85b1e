// In reading order.
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:QUOTED_IN]-(q:Quote)
WITH id, q ORDER BY q.start
RETURN id AS key, collect(q {.*, labels: labels(q)}) AS nodes
