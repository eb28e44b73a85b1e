RETURN q {PROJECTION} AS node
ORDER BY score DESC, q.id
SKIP $skip LIMIT $limit
