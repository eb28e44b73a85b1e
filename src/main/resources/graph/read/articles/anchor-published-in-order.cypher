// The page of a date range's articles by publication date: the index of publication dates (article_published_at) read
// in the page's order from the cursor, so the LIMIT ends the read. In a range every article is dated, so
// a.publishedAt is the order's date (ArticleReader's IN_RANGE orderings). The hint keeps the planner from a union of
// seeks for the cursor's two keys.
MATCH (a:Article)
USING INDEX a:Article(publishedAt)
WHERE a.publishedAt >= coalesce($publishedFrom, datetime({year: -999999999}))
  AND a.publishedAt < coalesce($publishedTo, datetime({year: 999999999}))
  AND a.ingestedAt IS NOT NULL AND {KEYSET}
