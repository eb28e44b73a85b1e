// Newest first, read in index order from the cursor's position so only the page is touched.
MATCH (a:Article)
WHERE a.ingestedAt IS NOT NULL AND {KEYSET}
RETURN a {PROJECTION} AS node, {KEY} AS key
ORDER BY {ORDER}
LIMIT $limit
