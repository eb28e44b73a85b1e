// Anchored on the index of quote kinds (quote_kind) when the kinds are the narrowest filter given.
MATCH (q:Quote)
WHERE q.kind IN $kinds
WITH q, 0.0 AS score
