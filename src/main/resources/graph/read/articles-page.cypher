// Newest first, read in index order so only the page is touched.
MATCH (a:Article)
WHERE a.ingestedAt IS NOT NULL
RETURN a {PROJECTION} AS node
ORDER BY a.ingestedAt DESC, a.id
SKIP $skip LIMIT $limit
