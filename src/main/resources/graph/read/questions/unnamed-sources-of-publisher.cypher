// unnamed-sources for one publisher ($publisherId): walked from the publisher to its articles' quotes, so only its
// quotes are read. From the index of unnamed sources every such quote's article was read up to its PUBLISHED_BY to
// find its publisher (4.4M db hits at 100k articles, cypher/queries/exploring/PLANS-100k.md).
MATCH (p:Organization {id: $publisherId})<-[:PUBLISHED_BY]-(:Article)<-[:QUOTED_IN]-(q:Quote)
WHERE q.unnamedSource IS NOT NULL
  AND (q.status IS NULL OR q.status <> $retracted)
WITH p, toLower(q.unnamedSource) AS source, count(q) AS quotes
ORDER BY quotes DESC, p.id, source
LIMIT $first
RETURN p {.id, .name, .aliases, .description, .kind, labels: labels(p)} AS publisher, source, quotes
