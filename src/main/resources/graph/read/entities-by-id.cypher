UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id AS key, e {PROJECTION} AS node
