// (c) A person's 2-hop neighbourhood: up to $limit nodes within two hops, and every relationship among them.
// Parameters: $id (a Person id), $limit.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[*1..2]-(m)
  WHERE m <> start
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS others
}
WITH [start] + others AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect({type: type(r), source: a.id, target: b.id}) AS edges
}
RETURN [n IN nodes | n {.id, .name, .title, .handle, .number, text: left(n.text, 80), labels: labels(n)}] AS nodes,
       edges
