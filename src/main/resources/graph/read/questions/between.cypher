// Quotes by A about B and by B about A (RETRACTED left out), each way newest published first (undated last),
// at most $first each way, with how many there are each way. Both entities found through the entity_id constraint.
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
CALL (a, b) {
  OPTIONAL MATCH (a)-[:SAID]->(q:Quote)-[:ABOUT]->(b)
  WHERE (q.status IS NULL OR q.status <> $retracted)
  OPTIONAL MATCH (q)-[:QUOTED_IN]->(art:Article)
  WITH q, art ORDER BY art.publishedAt DESC, q.id
  RETURN count(q) AS aboutB, collect(q {.*, labels: labels(q)})[..$first] AS aQuotes
}
CALL (a, b) {
  OPTIONAL MATCH (b)-[:SAID]->(q:Quote)-[:ABOUT]->(a)
  WHERE (q.status IS NULL OR q.status <> $retracted)
  OPTIONAL MATCH (q)-[:QUOTED_IN]->(art:Article)
  WITH q, art ORDER BY art.publishedAt DESC, q.id
  RETURN count(q) AS aboutA, collect(q {.*, labels: labels(q)})[..$first] AS bQuotes
}
RETURN aboutB, aQuotes, aboutA, bQuotes
