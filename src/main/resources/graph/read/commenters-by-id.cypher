UNWIND $ids AS id
MATCH (w:Commenter {id: id})
WITH id, w{HOIST}
RETURN id AS key, w {PROJECTION} AS node
