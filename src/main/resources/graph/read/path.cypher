// The shortest connection between two nodes of any kind, in one round trip: whether each end exists (so a
// wrong id is NOT_FOUND), and the path's nodes and relationships (null when there is none within {HOPS} hops;
// the one node when both ends are the same).
// {HOPS} is replaced by a literal 1..max when the service starts (Cypher takes no parameter there).
WITH COLLECT {
  MATCH (n:Article {id: $fromId}) RETURN n
  UNION MATCH (n:Entity {id: $fromId}) RETURN n
  UNION MATCH (n:Quote {id: $fromId}) RETURN n
  UNION MATCH (n:Comment {id: $fromId}) RETURN n
  UNION MATCH (n:Commenter {id: $fromId}) RETURN n
} AS froms, COLLECT {
  MATCH (n:Article {id: $toId}) RETURN n
  UNION MATCH (n:Entity {id: $toId}) RETURN n
  UNION MATCH (n:Quote {id: $toId}) RETURN n
  UNION MATCH (n:Comment {id: $toId}) RETURN n
  UNION MATCH (n:Commenter {id: $toId}) RETURN n
} AS tos
WITH froms[0] AS a, tos[0] AS b
WITH a, b, COLLECT { MATCH p = shortestPath((a)-[*..{HOPS}]-(b)) WHERE a <> b RETURN p }[0] AS p
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       [n IN CASE WHEN a = b THEN [a] WHEN p IS NULL THEN null ELSE nodes(p) END | n {.id, .name, .title, .handle, .number, text: left(n.text, 80), labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
