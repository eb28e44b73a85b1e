UNWIND $ids AS id
MATCH (c:Comment {id: id})
RETURN id AS key, c {PROJECTION} AS node
