// Anchor: every entity of the label (no name filter).
MATCH (e:{LABEL})
WHERE e.name IS NOT NULL
WITH e
