UNWIND $rows AS row
MATCH (c:Comment {id: row.commentId})
MATCH (e:Entity {id: row.entityId})
MERGE (c)-[:MENTIONS]->(e)
