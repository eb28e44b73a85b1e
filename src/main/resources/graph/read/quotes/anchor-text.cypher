// Anchored on the full-text index when text is given: the most relevant first.
CALL db.index.fulltext.queryNodes('quote_texts', $lucene) YIELD node AS q, score
WHERE ($speakerId IS NULL OR EXISTS { (:Entity {id: $speakerId})-[:SAID]->(q) })
  AND ($aboutId IS NULL OR EXISTS { (q)-[:ABOUT]->(:Entity {id: $aboutId}) })
  AND ($articleId IS NULL OR EXISTS { (q)-[:QUOTED_IN]->(:Article {id: $articleId}) })
