// (f) Who is quoted most about an organization: the top speakers and how many of its quotes each gave.
// Parameters: $id (an Organization id), $first.
MATCH (:Entity {id: $id})<-[:ABOUT]-(:Quote)<-[:SAID]-(s:Entity)
WITH s, count(*) AS quotes
ORDER BY quotes DESC, s.id
LIMIT $first
RETURN s {.id, .name} AS entity, quotes
