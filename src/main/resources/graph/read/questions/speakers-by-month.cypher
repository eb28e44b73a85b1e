// Who is quoted about an entity, by month of publication: per month, each speaker with how many of their quotes
// (RETRACTED left out) are about it, the latest months first, the most quoted first within a month. Quotes in
// undated articles have no month and are left out; $from (inclusive) and $to (exclusive) bound the dates when given.
MATCH (x:Entity {id: $id})<-[:ABOUT]-(q:Quote)-[:QUOTED_IN]->(art:Article)
WHERE art.publishedAt IS NOT NULL
  AND (q.status IS NULL OR q.status <> $retracted)
  AND ($from IS NULL OR art.publishedAt >= $from)
  AND ($to IS NULL OR art.publishedAt < $to)
MATCH (s:Entity)-[:SAID]->(q)
WITH s, date.truncate('month', art.publishedAt) AS month, count(q) AS quotes
ORDER BY month DESC, quotes DESC, s.id
LIMIT $first
RETURN left(toString(month), 7) AS month, s {.id, .name, .aliases, .description, .kind, labels: labels(s)} AS speaker, quotes
