// Who is quoted most about each entity: speakers ranked by their quotes about it.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL {
  WITH e
  MATCH (e)<-[:ABOUT]-(:Quote)<-[:SAID]-(s:Entity)
  WITH s, count(*) AS quotes
  ORDER BY quotes DESC, s.name
  LIMIT $limit
  RETURN collect({count: quotes, node: s {.*, labels: labels(s)}}) AS nodes
}
RETURN id AS key, nodes
