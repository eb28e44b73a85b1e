// The review queue's items (ReviewQueue), each with its sort key: rank (the reason's place in the queue: 0 no speaker,
// 1 low confidence, 2 seen once; $noSpeaker, $lowConfidence and $seenOnce say which are asked for), confidence
// (lowest first; 0 where it does not apply), published (the article's date in epoch milliseconds, newest first; -1
// undated) and id. What an editor already decided is left out: a quote with a status (confirmed, corrected, e.g. given
// a speaker by hand, or retracted), an entity an edit still in force touched (merged into, renamed, described...; an
// undo or a split, which put back what was, does not count).
CALL () {
  MATCH (q:Quote)
  WHERE $noSpeaker AND q.status IS NULL AND q.unnamedSource IS NULL AND NOT EXISTS { (q)<-[:SAID]-() }
  OPTIONAL MATCH (q)-[:QUOTED_IN]->(a:Article)
  RETURN 0 AS rank, q AS n, 0.0 AS confidence, coalesce(a.publishedAt.epochMillis, -1) AS published
  UNION ALL
  MATCH (q:Quote)
  WHERE $lowConfidence AND q.status IS NULL AND q.confidence < $confidenceBelow AND EXISTS { (q)<-[:SAID]-() }
  OPTIONAL MATCH (q)-[:QUOTED_IN]->(a:Article)
  RETURN 1 AS rank, q AS n, toFloat(q.confidence) AS confidence, coalesce(a.publishedAt.epochMillis, -1) AS published
  UNION ALL
  MATCH (e:Entity)
  WHERE $seenOnce AND NOT EXISTS { (e)<-[:TOUCHED]-(x:Edit) WHERE NOT x.undone AND NOT x.kind IN $undoKinds }
  WITH e, COLLECT {
    MATCH (a:Article)-[:MENTIONS|PUBLISHED_BY]-(e) RETURN a
    UNION
    MATCH (e)-[:SAID|ABOUT]-(:Quote)-[:QUOTED_IN]->(a:Article) RETURN a
    UNION
    MATCH (e)<-[:MENTIONS]-(:Comment)-[:ON]->(a:Article) RETURN a
  } AS articles
  WHERE size(articles) = 1
  RETURN 2 AS rank, e AS n, 0.0 AS confidence, coalesce(articles[0].publishedAt.epochMillis, -1) AS published
}
WITH rank, n, confidence, published, n.id AS id
