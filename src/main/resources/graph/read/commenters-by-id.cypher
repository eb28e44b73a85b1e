UNWIND $ids AS id
MATCH (w:Commenter {id: id})
RETURN id AS key, w {PROJECTION} AS node
