// Every filter of quotes(...) but the date range (filter-published), after the anchor: a parameter left null does not
// filter. WITH * keeps what an anchor adds for its page's order (anchor-published-in-order's article). The publishers
// are $publisherFilterIds, null after anchor-publisher: walking each quote's article to its publisher again read 1.5M
// of a 50,000-quote publisher's 2M db hits at 100k articles (an article's relationships are read until PUBLISHED_BY).
WITH *
WHERE ($speakerIds IS NULL OR EXISTS { MATCH (s:Entity)-[:SAID]->(q) WHERE s.id IN $speakerIds })
  AND ($aboutIds IS NULL OR EXISTS { MATCH (q)-[:ABOUT]->(e:Entity) WHERE e.id IN $aboutIds })
  AND ($articleIds IS NULL OR EXISTS { MATCH (q)-[:QUOTED_IN]->(a:Article) WHERE a.id IN $articleIds })
  AND ($publisherFilterIds IS NULL
       OR EXISTS { MATCH (q)-[:QUOTED_IN]->(:Article)-[:PUBLISHED_BY]->(o:Organization) WHERE o.id IN $publisherFilterIds })
  AND ($kinds IS NULL OR q.kind IN $kinds)
  AND coalesce(q.status, $defaultStatus) IN $statuses
  AND ($unnamedSource IS NULL OR (q.unnamedSource IS NOT NULL) = $unnamedSource)
