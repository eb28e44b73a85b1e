// Article.publishedAt becomes a DateTime (it was the ISO-8601 text): a date alone is midnight UTC, a local time UTC.
// Every stored value came through ingest/PublishedDates, whose forms datetime() reads.
MATCH (a:Article) WHERE a.publishedAt IS :: STRING
CALL (a) { SET a.publishedAt = datetime(a.publishedAt) } IN TRANSACTIONS OF 10000 ROWS;
// Date ranges and newest-published-first orders read this index.
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
