// Anchored on the index of unnamed sources (quote_unnamed_source) when only quotes from unnamed sources are asked for.
MATCH (q:Quote)
WHERE q.unnamedSource IS NOT NULL
WITH q, 0.0 AS score
