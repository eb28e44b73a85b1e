UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id AS key, a {PROJECTION} AS node
