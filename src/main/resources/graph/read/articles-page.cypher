// Newest first by default, read in index order from the cursor's position so only the page is touched.
MATCH (a:Article)
WHERE a.ingestedAt IS NOT NULL AND {KEYSET}
  AND ($publishedFrom IS NULL OR a.publishedAt >= $publishedFrom)
  AND ($publishedTo IS NULL OR a.publishedAt < $publishedTo)
  AND ($publisherIds IS NULL OR EXISTS { MATCH (a)-[:PUBLISHED_BY]->(o:Organization) WHERE o.id IN $publisherIds })
  AND ($mentionIds IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(e:Entity) WHERE e.id IN $mentionIds })
RETURN a {PROJECTION} AS node, {KEY} AS key
ORDER BY {ORDER}
LIMIT $limit
