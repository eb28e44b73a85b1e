// How many articles the publishers given have, when nothing else filters them: each publisher's PUBLISHED_BY degree,
// which Neo4j reads from its relationship counts without reading the articles. Every article has an ingest time (the
// article write sets it), so these are the articles anchor-publisher pages through.
MATCH (o:Organization)
WHERE o.id IN $publisherIds
WITH DISTINCT o
RETURN sum(COUNT { (o)<-[:PUBLISHED_BY]-() }) AS total
