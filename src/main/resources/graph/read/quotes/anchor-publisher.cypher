// Anchored on the publishers given: their articles (each once), then the articles' quotes, each once, as a quote is
// quoted in one article (a DISTINCT of quotes would hold them all; one of articles holds a twentieth as many).
MATCH (anchor:Organization)<-[:PUBLISHED_BY]-(a:Article)
WHERE anchor.id IN $publisherIds
WITH DISTINCT a
MATCH (q:Quote)-[:QUOTED_IN]->(a)
WITH q, 0.0 AS score
