// Every relationship between nodes of the graph's own kinds (those export/nodes.cypher gives), one row each,
// streamed. The EDGE placeholder is subgraph/edge.cypher.
MATCH (a)-[r]->(b)
WHERE (a:Article OR a:Entity OR a:Quote OR a:Comment OR a:Commenter)
  AND (b:Article OR b:Entity OR b:Quote OR b:Comment OR b:Commenter)
RETURN {EDGE} AS edge
