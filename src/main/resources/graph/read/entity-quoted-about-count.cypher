MATCH (e:Entity {id: $id})
RETURN COUNT { (e)<-[:ABOUT]-(:Quote) } AS total
