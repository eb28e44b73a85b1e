MATCH (p:Person)
WHERE p.name IS NOT NULL
RETURN p {PROJECTION} AS node
ORDER BY p.name, p.id
SKIP $skip LIMIT $limit
