// Every article, for a page by publication date without a range (a top-k sort of them all: undated articles sort as
// the oldest, so no index holds this order).
MATCH (a:Article)
WHERE a.ingestedAt IS NOT NULL
