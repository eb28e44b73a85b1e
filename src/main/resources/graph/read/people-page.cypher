MATCH (p:Person)
WHERE p.name IS NOT NULL
RETURN p {.*, labels: labels(p)} AS node
ORDER BY p.name, p.id
SKIP $skip LIMIT $limit
