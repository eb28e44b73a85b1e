// {HOPS} is replaced by a literal 1..max when the service starts (Cypher takes no parameter there).
CALL {
  MATCH (n:Article {id: $id}) RETURN n
  UNION MATCH (n:Entity {id: $id}) RETURN n
  UNION MATCH (n:Quote {id: $id}) RETURN n
  UNION MATCH (n:Comment {id: $id}) RETURN n
  UNION MATCH (n:Commenter {id: $id}) RETURN n
}
WITH n AS start
CALL {
  WITH start
  MATCH (start)-[*1..{HOPS}]-(m)
  WHERE m <> start
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS others
}
WITH [start] + others AS nodes
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect(DISTINCT r) AS rels
}
RETURN [n IN nodes | n {.id, .name, .title, .handle, .number, text: left(n.text, 80), labels: labels(n)}] AS nodes,
       [r IN rels | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
