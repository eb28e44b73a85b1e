// The articles that mention the entities given, walked from each entity, each once (an entity's mentions, not every
// article: 2.8M db hits at 100k articles from the ingest-time index). The page is a top-k sort of them.
MATCH (e:Entity)<-[:MENTIONS]-(a:Article)
WHERE e.id IN $mentionIds AND a.ingestedAt IS NOT NULL
WITH DISTINCT a
