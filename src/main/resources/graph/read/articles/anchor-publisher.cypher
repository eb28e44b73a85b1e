// The articles of the publishers given, walked from each publisher (one relationship type of a dense node), each once:
// from the articles' side every article's relationships were read up to its PUBLISHED_BY (3.1M db hits at 100k
// articles). The page is a top-k sort of them.
MATCH (o:Organization)<-[:PUBLISHED_BY]-(a:Article)
WHERE o.id IN $publisherIds AND a.ingestedAt IS NOT NULL
WITH DISTINCT a
