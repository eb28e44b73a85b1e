// A changed text under the same url: drop what the old text said before writing the new one.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)<-[:QUOTED_IN]-(q:Quote)
OPTIONAL MATCH (a)<-[:ON]-(c:Comment)
WITH a, collect(DISTINCT q) + collect(DISTINCT c) AS derived
FOREACH (n IN derived | DETACH DELETE n)
WITH a
OPTIONAL MATCH (a)-[r:MENTIONS|PUBLISHED_BY]->()
DELETE r
