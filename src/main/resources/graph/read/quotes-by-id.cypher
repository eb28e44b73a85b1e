UNWIND $ids AS id
MATCH (q:Quote {id: id})
RETURN id AS key, q {PROJECTION} AS node
