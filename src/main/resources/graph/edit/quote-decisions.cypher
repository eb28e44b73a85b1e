// The editors' decisions on the quotes of each given article (every quote with a status), read before a re-ingest
// replaces them.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[:QUOTED_IN]-(q:Quote)
WHERE q.status IS NOT NULL
RETURN articleId, q.text AS text, q.status AS status, q.kind AS kind, q.unnamedSource AS unnamedSource,
       [(q)<-[:SAID]-(s:Entity) | s.id] AS speakers,
       [(q)-[:ABOUT]->(e:Entity) | e.id] AS about,
       [(q)<-[:TOUCHED]-(e:Edit) | e.id] AS edits
