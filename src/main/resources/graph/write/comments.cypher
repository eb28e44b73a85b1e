MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (c:Comment {id: row.id})
SET c.number = row.number, c.text = row.text, c.spam = row.spam, c.position = row.position
MERGE (c)-[:ON]->(a)
MERGE (w:Commenter {id: row.authorId})
  ON CREATE SET w.handle = row.authorHandle, w.site = row.site
MERGE (w)-[:WROTE]->(c)
