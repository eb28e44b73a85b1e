UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL {
  WITH e
  MATCH (e)-[:SAID]->(q:Quote)
  RETURN q ORDER BY q.id SKIP $skip LIMIT $limit
}
RETURN id AS key, collect(q {.*, labels: labels(q)}) AS nodes
