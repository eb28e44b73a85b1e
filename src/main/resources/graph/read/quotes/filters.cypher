// Every filter of quotes(...) but the date range (filter-published), after the anchor: a parameter left null does not
// filter, and {ANCHOR} (the anchor's name) skips the filter the anchor's own match already applied, which otherwise
// walked every matched quote's relationships again (50k of 82k db hits for the quotes about the most quoted person at
// 10k articles; 1.5M of a 50,000-quote publisher's 2M at 100k, its articles' relationships read until PUBLISHED_BY).
// WITH * keeps what an anchor adds for its page's order (anchor-published-in-order's article).
WITH *
WHERE ($speakerIds IS NULL OR {ANCHOR} = 'speaker' OR EXISTS { MATCH (s:Entity)-[:SAID]->(q) WHERE s.id IN $speakerIds })
  AND ($aboutIds IS NULL OR {ANCHOR} = 'about' OR EXISTS { MATCH (q)-[:ABOUT]->(e:Entity) WHERE e.id IN $aboutIds })
  AND ($articleIds IS NULL OR {ANCHOR} = 'article' OR EXISTS { MATCH (q)-[:QUOTED_IN]->(a:Article) WHERE a.id IN $articleIds })
  AND ($publisherIds IS NULL OR {ANCHOR} = 'publisher'
       OR EXISTS { MATCH (q)-[:QUOTED_IN]->(:Article)-[:PUBLISHED_BY]->(o:Organization) WHERE o.id IN $publisherIds })
  AND ($kinds IS NULL OR {ANCHOR} = 'kind' OR q.kind IN $kinds)
  AND coalesce(q.status, $defaultStatus) IN $statuses
  AND ($unnamedSource IS NULL OR {ANCHOR} = 'unnamed' OR (q.unnamedSource IS NOT NULL) = $unnamedSource)
