// The anchor match is the most selective filter given, on its own ids; the filters file checks all of them per quote.
MATCH (anchor:Entity)-[:SAID]->(q:Quote)
WHERE anchor.id IN $speakerIds
WITH DISTINCT q, 0.0 AS score
