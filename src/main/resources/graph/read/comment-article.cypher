UNWIND $ids AS id
MATCH (:Comment {id: id})-[:ON]->(a:Article)
RETURN id AS key, collect(a {.*, labels: labels(a)}) AS nodes
