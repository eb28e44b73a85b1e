UNWIND $ids AS id
MATCH (c:Comment {id: id})
WITH id, c{HOIST}
RETURN id AS key, c {PROJECTION} AS node
