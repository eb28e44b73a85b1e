// The anchor match is the filter on its own id; the other filters are checked per quote.
MATCH (:Entity {id: $speakerId})-[:SAID]->(q:Quote)
WHERE ($aboutId IS NULL OR EXISTS { (q)-[:ABOUT]->(:Entity {id: $aboutId}) })
  AND ($articleId IS NULL OR EXISTS { (q)-[:QUOTED_IN]->(:Article {id: $articleId}) })
WITH q, 0.0 AS score
