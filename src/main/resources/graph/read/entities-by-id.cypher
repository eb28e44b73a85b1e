UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id AS key, e {.*, labels: labels(e)} AS node
