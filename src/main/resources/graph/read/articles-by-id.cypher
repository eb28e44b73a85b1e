UNWIND $ids AS id
MATCH (a:Article {id: id})
WITH id, a{HOIST}
RETURN id AS key, a {PROJECTION} AS node
