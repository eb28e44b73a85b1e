MATCH (:Entity {id: $speakerId})-[:SAID]->(q:Quote)
WHERE ($speakerId IS NULL OR EXISTS { (:Entity {id: $speakerId})-[:SAID]->(q) })
  AND ($aboutId IS NULL OR EXISTS { (q)-[:ABOUT]->(:Entity {id: $aboutId}) })
  AND ($articleId IS NULL OR EXISTS { (q)-[:QUOTED_IN]->(:Article {id: $articleId}) })
WITH q, 0.0 AS score
