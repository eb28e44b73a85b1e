// The nodes with the given ids (a search's hits, in the order given) and every edge among them; with $types
// (relationship types) only edges of those types. The NODE and EDGE placeholders are node.cypher and edge.cypher.
UNWIND range(0, size($ids) - 1) AS i
CALL {
  WITH i
  MATCH (n:Article {id: $ids[i]}) RETURN n
  UNION WITH i MATCH (n:Entity {id: $ids[i]}) RETURN n
  UNION WITH i MATCH (n:Quote {id: $ids[i]}) RETURN n
  UNION WITH i MATCH (n:Comment {id: $ids[i]}) RETURN n
  UNION WITH i MATCH (n:Commenter {id: $ids[i]}) RETURN n
}
WITH n ORDER BY i
WITH collect(n) AS nodes
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r:{NEWS_TYPES}]->(b)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types)
  RETURN collect(DISTINCT r) AS rels
}
RETURN [n IN nodes | {NODE}] AS nodes, [r IN rels | {EDGE}] AS edges, false AS truncated
