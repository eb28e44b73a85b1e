UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e{HOIST}
RETURN id AS key, e {PROJECTION} AS node
