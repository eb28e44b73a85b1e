// The anchor match is the filter on its own id; the other filters are checked per quote.
MATCH (q:Quote)-[:ABOUT]->(:Entity {id: $aboutId})
WHERE ($speakerId IS NULL OR EXISTS { (:Entity {id: $speakerId})-[:SAID]->(q) })
  AND ($articleId IS NULL OR EXISTS { (q)-[:QUOTED_IN]->(:Article {id: $articleId}) })
WITH q, 0.0 AS score
