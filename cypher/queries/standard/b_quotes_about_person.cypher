// (b) The first page of quotes about a person, with speaker and article, and the total count.
// Same order as the API's quotes(aboutId:) connection (by id). Parameters: $id (a Person id), $first.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)<-[:ABOUT]-(q:Quote)
  WITH q ORDER BY q.id LIMIT $first + 1
  RETURN collect(q {.id, .text, .kind,
                    speaker: [(q)<-[:SAID]-(s:Entity) | s {.id, .name}][0],
                    article: [(q)-[:QUOTED_IN]->(a:Article) | a {.id, .title}][0]}) AS page
}
RETURN COUNT { (e)<-[:ABOUT]-(:Quote) } AS totalCount, page[..$first] AS quotes, size(page) > $first AS hasNextPage
