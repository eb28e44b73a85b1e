UNWIND $ids AS id
MATCH (q:Quote {id: id})
WITH id, q{HOIST}
RETURN id AS key, q {PROJECTION} AS node
