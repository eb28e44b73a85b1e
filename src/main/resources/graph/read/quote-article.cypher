UNWIND $ids AS id
MATCH (:Quote {id: id})-[:QUOTED_IN]->(a:Article)
RETURN id AS key, collect(a {.*, labels: labels(a)}) AS nodes
