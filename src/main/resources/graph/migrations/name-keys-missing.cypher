// People and organizations whose name keys were never written (stored before V0009), a batch at a time.
MATCH (e:Person|Organization)
WHERE e.nameKeys IS NULL AND e.name IS NOT NULL
RETURN elementId(e) AS element, e.name AS name, coalesce(e.aliases, []) AS aliases
LIMIT $batch
