// The page of quotes in a date range by publication date: the articles of the range read from the index of
// publication dates in the page's order, from the cursor ({KEYSET} bounds the seek), their quotes sorted only among
// those of one date (a partial sort), so the LIMIT stops the read at the page's end. Undated articles are outside
// every range, so anchor.publishedAt is the order's date (QuoteReader's IN_RANGE orderings).
MATCH (anchor:Article)
WHERE anchor.publishedAt >= coalesce($publishedFrom, datetime({year: -999999999}))
  AND anchor.publishedAt < coalesce($publishedTo, datetime({year: 999999999}))
MATCH (q:Quote)-[:QUOTED_IN]->(anchor)
WHERE {KEYSET}
WITH q, 0.0 AS score, anchor
