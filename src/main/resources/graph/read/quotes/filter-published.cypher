// The date range filter of quotes(...), after the others, unless the anchor is the range itself (anchor-published,
// anchor-published-in-order), where checking it again per quote read each quote's article again (12M of a 2M-quote
// count's 20M db hits at 100k articles). One condition (coalesce of both ends): as two, the planner expanded twice.
WITH *
WHERE (coalesce($publishedFrom, $publishedTo) IS NULL
       OR EXISTS { MATCH (q)-[:QUOTED_IN]->(a:Article)
                   WHERE ($publishedFrom IS NULL OR a.publishedAt >= $publishedFrom)
                     AND ($publishedTo IS NULL OR a.publishedAt < $publishedTo) })
