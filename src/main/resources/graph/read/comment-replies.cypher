UNWIND $ids AS id
MATCH (:Comment {id: id})<-[:REPLY_TO]-(r:Comment)
WITH id, r ORDER BY r.position
RETURN id AS key, collect(r {.*, labels: labels(r)}) AS nodes
