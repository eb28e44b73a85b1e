// The anchor match is the most selective filter given, on its own ids; the filters file checks all of them per quote.
MATCH (q:Quote)-[:ABOUT]->(anchor:Entity)
WHERE anchor.id IN $aboutIds
WITH DISTINCT q, 0.0 AS score
