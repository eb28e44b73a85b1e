// Every node of the graph's own kinds, one row each, for an export of the whole graph: streamed, never collected.
// The NODE placeholder is subgraph/node.cypher.
MATCH (n)
WHERE n:Article OR n:Entity OR n:Quote OR n:Comment OR n:Commenter
RETURN {NODE} AS node
