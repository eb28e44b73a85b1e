// The anchor match is the filter on its own id; the other filters are checked per quote.
MATCH (q:Quote)-[:QUOTED_IN]->(:Article {id: $articleId})
WHERE ($speakerId IS NULL OR EXISTS { (:Entity {id: $speakerId})-[:SAID]->(q) })
  AND ($aboutId IS NULL OR EXISTS { (q)-[:ABOUT]->(:Entity {id: $aboutId}) })
WITH q, 0.0 AS score
