// Every filter of articles(...) after the anchor: a parameter left null does not filter. The anchor's own filter is
// not checked again (ArticleReader sets its *FilterIds parameter null).
WITH *
WHERE ($publishedFrom IS NULL OR a.publishedAt >= $publishedFrom)
  AND ($publishedTo IS NULL OR a.publishedAt < $publishedTo)
  AND ($publisherFilterIds IS NULL
       OR EXISTS { MATCH (a)-[:PUBLISHED_BY]->(o:Organization) WHERE o.id IN $publisherFilterIds })
  AND ($mentionFilterIds IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(e:Entity) WHERE e.id IN $mentionFilterIds })
