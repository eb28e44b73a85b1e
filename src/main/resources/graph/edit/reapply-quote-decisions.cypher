// After a re-ingest: each new quote with the text of a decided one takes the decided state whole (status, kind,
// unnamed source, speaker, subjects, the links with who made them), and the edits that made it name it too, so its history goes on.
UNWIND $decisions AS d
MATCH (:Article {id: $articleId})<-[:QUOTED_IN]-(q:Quote {text: d.text})
SET q.status = d.status, q.kind = d.kind, q.unnamedSource = d.unnamedSource
WITH q, d
CALL (q) {
  OPTIONAL MATCH (q)<-[s:SAID]-()
  DELETE s
}
CALL (q) {
  OPTIONAL MATCH (q)-[a:ABOUT]->()
  DELETE a
}
CALL (q, d) {
  UNWIND d.speakers AS speaker
  MATCH (e:Entity {id: speaker.id})
  CREATE (e)-[s:SAID]->(q)
  SET s = speaker.edge
}
CALL (q, d) {
  UNWIND d.about AS subject
  MATCH (e:Entity {id: subject.id})
  CREATE (q)-[a:ABOUT]->(e)
  SET a = subject.edge
}
CALL (q, d) {
  UNWIND d.edits AS id
  MATCH (e:Edit {id: id})
  SET e.targets = e.targets + q.id
  CREATE (e)-[:TOUCHED]->(q)
}
