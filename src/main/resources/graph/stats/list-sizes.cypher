// The longest lists the graph holds, per list field the API serves without a page size: the cost of a request
// counts these instead of a guess. COUNT {} of one relationship type and direction reads the node's degree, not
// its relationships, so this reads each Article and Commenter node once.
CALL () {
  MATCH (a:Article)
  RETURN coalesce(max(COUNT { (a)<-[:ON]-() }), 0) AS commentsPerArticle,
         coalesce(max(COUNT { (a)<-[:QUOTED_IN]-() }), 0) AS quotesPerArticle,
         coalesce(max(COUNT { (a)-[:MENTIONS]->() }), 0) AS mentionsPerArticle
}
CALL () {
  MATCH (c:Commenter)
  RETURN coalesce(max(COUNT { (c)-[:WROTE]->() }), 0) AS commentsPerCommenter
}
RETURN commentsPerArticle, quotesPerArticle, mentionsPerArticle, commentsPerCommenter
