// The page of quotes that nothing narrower than a date range, an unnamed source, a kind or a status filters, in id
// order: the quote_id index read in order from the cursor ({KEYSET}), the filters checked per quote, so the LIMIT
// stops the read at the page's end and nothing holds the matches (sorting them all outgrew a transaction's memory
// at 100k articles, cypher/queries/exploring/PLANS-100k.md). The anchors of those filters count the total.
MATCH (q:Quote)
WHERE q.id IS NOT NULL AND {KEYSET}
WITH q, 0.0 AS score
