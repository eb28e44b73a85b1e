// The page of a date range's articles by publication date: the index of publication dates (article_published_at) read
// in the page's order from the cursor, so the LIMIT ends the read. In a range every article is dated, so
// a.publishedAt is the order's date (ArticleReader's IN_RANGE orderings). The seek takes the cursor's date alone and
// the ORDER BY keeps the whole position check out of it, as in anchor-ingested-in-order.
MATCH (a:Article)
USING INDEX a:Article(publishedAt)
WHERE a.publishedAt >= coalesce($publishedFrom, datetime({year: -999999999}))
  AND a.publishedAt < coalesce($publishedTo, datetime({year: 999999999}))
  AND {KEYSET_BOUND}
WITH * ORDER BY {ORDER}
