// A date range's articles, for their count: the range seek of article_published_at (an open end is the furthest date).
// Every article has an ingest time (the article write sets it), so the seek's entries are the articles paged.
MATCH (a:Article)
WHERE a.publishedAt >= coalesce($publishedFrom, datetime({year: -999999999}))
  AND a.publishedAt < coalesce($publishedTo, datetime({year: 999999999}))
