// A page of articles by ingest time (only a date range or no filter): the index of ingest times (article_ingested_at)
// read in the page's order from the cursor, so the LIMIT ends the read. The seek takes the cursor's time alone
// ({KEYSET_BOUND}), and the ORDER BY here keeps page-tail's whole position check (time, then id) from being planned
// into the seek: there the planner joined a seek per case of its OR and sorted every article past the cursor (400,000
// db hits for a second page at 100k articles).
MATCH (a:Article)
USING INDEX a:Article(ingestedAt)
WHERE a.ingestedAt IS NOT NULL AND {KEYSET_BOUND}
WITH * ORDER BY {ORDER}
