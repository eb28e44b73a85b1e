MATCH (o:Organization)
WHERE o.name IS NOT NULL
RETURN o {PROJECTION} AS node
ORDER BY o.name, o.id
SKIP $skip LIMIT $limit
