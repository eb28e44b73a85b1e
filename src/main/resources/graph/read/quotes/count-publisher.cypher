// How many quotes a publisher's articles (in the date range, when one is given) carry: the sum of the articles' QUOTED_IN
// degrees, which Neo4j reads from the articles' relationship counts, not from the quotes; count-less-excluded takes
// away those whose status the filter leaves out. Only when no filter but the status looks at the quotes themselves.
MATCH (o:Organization)<-[:PUBLISHED_BY]-(a:Article)
WHERE o.id IN $publisherIds
  AND ($publishedFrom IS NULL OR a.publishedAt >= $publishedFrom)
  AND ($publishedTo IS NULL OR a.publishedAt < $publishedTo)
WITH DISTINCT a
WITH sum(COUNT { (a)<-[:QUOTED_IN]-() }) AS matched
