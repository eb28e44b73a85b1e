MATCH (e:Entity {id: $id})
RETURN COUNT { (e)-[:SAID]->(:Quote) } AS total
