// The nodes within {HOPS} hops of a node, at most $limit of them besides it, and every edge among them; with
// $types (relationship types) only paths and edges of those types. One more than $limit is read to tell
// whether the neighbourhood was cut off. The NODE and EDGE placeholders are node.cypher and edge.cypher.
// {HOPS} is replaced by a literal 1..max when the service starts (Cypher takes no parameter there), {NEWS_TYPES} by
// the news graph's relationship types: in the pattern, the walk expands only those (never the edit log's TOUCHED
// links); $types is null unless the caller narrows them further. The $types test sits inside all(): a predicate on
// each relationship is checked during the walk, so Neo4j walks breadth first and drops nodes already reached
// (VarLengthExpand(Pruning,BFS)); written outside, it read every path to filter them after (at 10k articles, a
// popular person's neighbourhood: 15,086 database hits in the walk instead of 104, and 2-hop nodes of large degree
// picked before 1-hop ones).
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
  MATCH (start)-[rs:{NEWS_TYPES}*1..{HOPS}]-(m)
  WHERE m <> start AND all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
  WITH DISTINCT m LIMIT $limit + 1
  RETURN collect(m) AS found
}
WITH [start] + found[..$limit] AS nodes, size(found) > $limit AS truncated
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r:{NEWS_TYPES}]->(b)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types)
  RETURN collect(DISTINCT r) AS rels
}
RETURN [n IN nodes | {NODE}] AS nodes, [r IN rels | {EDGE}] AS edges, truncated
