// The editors' decisions on the quotes of each given article (every quote with a status), read before a re-ingest
// replaces them; the speaker and subject links with their properties (who made them, the edit), which they keep.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[:QUOTED_IN]-(q:Quote)
WHERE q.status IS NOT NULL
RETURN articleId, q.text AS text, q.status AS status, q.kind AS kind, q.unnamedSource AS unnamedSource,
       [(q)<-[r:SAID]-(s:Entity) | {id: s.id, edge: properties(r)}] AS speakers,
       [(q)-[r:ABOUT]->(e:Entity) | {id: e.id, edge: properties(r)}] AS about,
       [(q)<-[:TOUCHED]-(e:Edit) | e.id] AS edits
