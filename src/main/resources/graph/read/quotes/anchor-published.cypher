// Anchored on the index of publication dates (article_published_at) when only a date range narrows the quotes:
// the dated articles in the range, then their quotes; the filters file checks the range again.
MATCH (anchor:Article)
WHERE anchor.publishedAt IS NOT NULL
  AND ($publishedFrom IS NULL OR anchor.publishedAt >= $publishedFrom)
  AND ($publishedTo IS NULL OR anchor.publishedAt < $publishedTo)
MATCH (q:Quote)-[:QUOTED_IN]->(anchor)
WITH DISTINCT q, 0.0 AS score
