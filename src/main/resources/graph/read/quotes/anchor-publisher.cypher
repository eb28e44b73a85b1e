// The anchor match is the most selective filter given, on its own ids; the filters file checks all of them per quote.
MATCH (anchor:Organization)<-[:PUBLISHED_BY]-(:Article)<-[:QUOTED_IN]-(q:Quote)
WHERE anchor.id IN $publisherIds
WITH DISTINCT q, 0.0 AS score
