UNWIND $rows AS row
MATCH (c:Comment {id: row.id})
MATCH (parent:Comment {id: row.parentId})
MERGE (c)-[:REPLY_TO]->(parent)
