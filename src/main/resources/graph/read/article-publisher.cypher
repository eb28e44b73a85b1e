UNWIND $ids AS id
MATCH (:Article {id: id})-[:PUBLISHED_BY]->(o:Organization)
RETURN id AS key, collect(o {.*, labels: labels(o)}) AS nodes
