// How many quotes (RETRACTED left out) are about an entity, per month of publication, the latest $first months
// with any, oldest first. Undated articles' quotes have no month and are left out.
MATCH (x:Entity {id: $id})<-[:ABOUT]-(q:Quote)-[:QUOTED_IN]->(art:Article)
WHERE art.publishedAt IS NOT NULL
  AND (q.status IS NULL OR q.status <> $retracted)
  AND ($from IS NULL OR art.publishedAt >= $from)
  AND ($to IS NULL OR art.publishedAt < $to)
WITH date.truncate('month', art.publishedAt) AS month, count(q) AS quotes
ORDER BY month DESC
LIMIT $first
RETURN left(toString(month), 7) AS month, quotes
ORDER BY month
