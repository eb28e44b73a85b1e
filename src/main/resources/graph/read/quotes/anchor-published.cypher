// Anchored on the index of publication dates (article_published_at) when only a date range narrows the quotes: the
// articles in the range (a range seek: an open end is the furthest date), then their quotes, each once, as a quote is
// quoted in one article (no DISTINCT, which would hold them all); the range is not checked again per quote.
MATCH (anchor:Article)
WHERE anchor.publishedAt >= coalesce($publishedFrom, datetime({year: -999999999}))
  AND anchor.publishedAt < coalesce($publishedTo, datetime({year: 999999999}))
MATCH (q:Quote)-[:QUOTED_IN]->(anchor)
WITH q, 0.0 AS score, anchor
