// The anchor match is the most selective filter given, on its own ids; the filters file checks all of them per quote.
MATCH (q:Quote)-[:QUOTED_IN]->(anchor:Article)
WHERE anchor.id IN $articleIds
WITH DISTINCT q, 0.0 AS score
