// Every article (only a date range or no filter), from the index of ingest times (article_ingested_at) read in the
// page's order from the cursor, so the LIMIT ends the read when the page is by ingest time. The hint keeps the planner
// from a union of two seeks for the cursor's two keys (time, then id), which read every article after the cursor and
// sorted them (400,000 db hits for a second page at 100k articles).
MATCH (a:Article)
USING INDEX a:Article(ingestedAt)
WHERE a.ingestedAt IS NOT NULL AND {KEYSET}
