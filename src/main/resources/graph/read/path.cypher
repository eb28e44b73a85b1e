// {HOPS} is replaced by a literal 1..max when the service starts (Cypher takes no parameter there).
CALL {
  MATCH (n:Article {id: $fromId}) RETURN n
  UNION MATCH (n:Entity {id: $fromId}) RETURN n
  UNION MATCH (n:Quote {id: $fromId}) RETURN n
  UNION MATCH (n:Comment {id: $fromId}) RETURN n
  UNION MATCH (n:Commenter {id: $fromId}) RETURN n
}
WITH n AS a
CALL {
  MATCH (n:Article {id: $toId}) RETURN n
  UNION MATCH (n:Entity {id: $toId}) RETURN n
  UNION MATCH (n:Quote {id: $toId}) RETURN n
  UNION MATCH (n:Comment {id: $toId}) RETURN n
  UNION MATCH (n:Commenter {id: $toId}) RETURN n
}
WITH a, n AS b
WHERE a <> b
MATCH p = shortestPath((a)-[*..{HOPS}]-(b))
RETURN [n IN nodes(p) | n {.id, .name, .title, .handle, .number, text: left(n.text, 80), labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
