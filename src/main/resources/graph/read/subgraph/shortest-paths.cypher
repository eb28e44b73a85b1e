// Every shortest connection between two nodes of any kind (at most $limit of them; one more is read to tell
// whether there were more), in one round trip: whether each end exists, each path's node ids and edges in order
// from one end to the other, and the nodes of all of them. With $types only relationships of those types are
// walked. {HOPS} is replaced by a literal 1..max when the service starts; NODE and EDGE are node.cypher and edge.cypher.
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
  MATCH p = allShortestPaths((a)-[:{NEWS_TYPES}*..{HOPS}]-(b))
  WHERE a <> b AND all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
  RETURN p LIMIT $limit + 1
} AS found
WITH a, b, found[..$limit] AS kept, size(found) > $limit AS truncated
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, truncated,
       CASE WHEN a = b THEN [[a.id]] ELSE [p IN kept | [n IN nodes(p) | n.id]] END AS pathNodes,
       CASE WHEN a = b THEN [[]] ELSE [p IN kept | [r IN relationships(p) | {EDGE}]] END AS pathEdges,
       [n IN CASE WHEN a = b THEN [a] ELSE COLLECT { UNWIND kept AS p UNWIND nodes(p) AS n RETURN DISTINCT n } END | {NODE}] AS nodes
