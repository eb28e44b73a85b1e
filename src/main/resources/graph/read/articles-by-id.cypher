UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id AS key, a {.*, labels: labels(a)} AS node
