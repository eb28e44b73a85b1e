// Who appears with an entity: the people and organizations the same articles mention, with in how many articles
// both are mentioned, most first.
MATCH (x:Entity {id: $id})<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> x
WITH other, count(DISTINCT art) AS articles
ORDER BY articles DESC, other.id
LIMIT $first
RETURN other {.id, .name, .aliases, .description, .kind, labels: labels(other)} AS entity, articles
