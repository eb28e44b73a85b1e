// (d) The shortest connection between two people, within 4 hops, in any direction.
// Parameters: $fromId, $toId (Person ids).
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = shortestPath((a)-[*..4]-(b))
RETURN [n IN nodes(p) | n {.id, .name, .title, .handle, .number, text: left(n.text, 80), labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges
