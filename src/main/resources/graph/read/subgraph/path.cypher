// The shortest connection between two nodes of any kind, in one round trip: whether each end exists (so a
// wrong id is NOT_FOUND), and the path's nodes and relationships (null when there is none within {HOPS} hops;
// the one node when both ends are the same). With $types, only relationships of those types are walked.
// {HOPS} is replaced by a literal 1..max when the service starts (Cypher takes no parameter there);
// the NODE and EDGE placeholders are node.cypher and edge.cypher.
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
WITH a, b, COLLECT {
  MATCH p = shortestPath((a)-[:{NEWS_TYPES}*..{HOPS}]-(b))
  WHERE a <> b AND all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
  RETURN p
}[0] AS p
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       [n IN CASE WHEN a = b THEN [a] WHEN p IS NULL THEN null ELSE nodes(p) END | {NODE}] AS nodes,
       [r IN relationships(p) | {EDGE}] AS edges, false AS truncated
