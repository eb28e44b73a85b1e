// (a) An article with its quotes (reading order), their speakers, and its comment thread (thread order).
// Parameters: $id (an Article id).
MATCH (a:Article {id: $id})
RETURN a {
  .id, .title, .publishedAt,
  publisher: [(a)-[:PUBLISHED_BY]->(p:Organization) | p {.id, .name}][0],
  quotes: COLLECT {
    MATCH (a)<-[:QUOTED_IN]-(q:Quote)
    RETURN q {.id, .text, .kind, .cue, speaker: [(q)<-[:SAID]-(s:Entity) | s {.id, .name}][0]}
    ORDER BY q.start
  },
  comments: COLLECT {
    MATCH (a)<-[:ON]-(c:Comment)
    RETURN c {.id, .number, .text, author: [(c)<-[:WROTE]-(w:Commenter) | w {.handle}][0]}
    ORDER BY c.position
  }
} AS article
