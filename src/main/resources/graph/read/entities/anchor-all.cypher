// Anchor: every entity of $label (no name filter).
MATCH (e:Entity)
WHERE $label IN labels(e) AND e.name IS NOT NULL
WITH e
