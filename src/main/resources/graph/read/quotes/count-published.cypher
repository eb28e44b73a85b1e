// How many quotes the articles of a date range carry: their QUOTED_IN degrees summed (read from the articles'
// relationship counts, not from the quotes), the articles from the range seek of article_published_at;
// count-less-excluded takes away those whose status the filter leaves out. Only when no filter but the status looks at
// the quotes themselves.
MATCH (a:Article)
WHERE a.publishedAt >= coalesce($publishedFrom, datetime({year: -999999999}))
  AND a.publishedAt < coalesce($publishedTo, datetime({year: 999999999}))
WITH sum(COUNT { (a)<-[:QUOTED_IN]-() }) AS matched
