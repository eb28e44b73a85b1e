UNWIND $ids AS id
MATCH (:Quote {id: id})<-[:SAID]-(e:Entity)
RETURN id AS key, collect(e {.*, labels: labels(e)}) AS nodes
