// Every relationship of the news graph's types ({NEWS_TYPES}) between nodes of the graph's own kinds (those
// export/nodes.cypher gives), one row each, streamed: bookkeeping (the edit log's TOUCHED links) stays out.
// The EDGE placeholder is subgraph/edge.cypher.
MATCH (a)-[r:{NEWS_TYPES}]->(b)
WHERE (a:Article OR a:Entity OR a:Quote OR a:Comment OR a:Commenter)
  AND (b:Article OR b:Entity OR b:Quote OR b:Comment OR b:Commenter)
RETURN {EDGE} AS edge
