RETURN q {.*, labels: labels(q)} AS node
ORDER BY score DESC, q.id
SKIP $skip LIMIT $limit
