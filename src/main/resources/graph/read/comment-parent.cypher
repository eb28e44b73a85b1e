UNWIND $ids AS id
MATCH (:Comment {id: id})-[:REPLY_TO]->(p:Comment)
RETURN id AS key, collect(p {.*, labels: labels(p)}) AS nodes
