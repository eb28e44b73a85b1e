// What the data holds, for the cost of a request: the longest list behind each list field (read from node degrees:
// COUNT {} of one relationship type and direction reads the node's degree, not its relationships) and the longest
// texts of the long text fields ($texts of each, longest first), so a request is costed by what it can return.
// The lengths are the ones stored beside each text when it is written (write/article.cypher, migration V0010), read
// from their indexes in descending order: the texts themselves are never read.
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
CALL () {
  MATCH (e:Entity)
  RETURN coalesce(max(COUNT { (e)-[:SAID]->() }), 0) AS quotesPerSpeaker,
         coalesce(max(COUNT { (e)<-[:ABOUT]-() }), 0) AS quotesPerSubject,
         coalesce(max(COUNT { (e)-[:AFFILIATED_WITH]->() }), 0) AS affiliationsPerEntity,
         coalesce(max(COUNT { (e)<-[:AFFILIATED_WITH]-() }), 0) AS affiliatesPerEntity
}
CALL () {
  MATCH (q:Quote)
  RETURN coalesce(max(COUNT { (q)-[:ABOUT]->() }), 0) AS subjectsPerQuote
}
CALL () {
  MATCH (c:Comment)
  RETURN coalesce(max(COUNT { (c)<-[:REPLY_TO]-() }), 0) AS repliesPerComment,
         coalesce(max(COUNT { (c)-[:MENTIONS]->() }), 0) AS mentionsPerComment
}
CALL () {
  MATCH (a:Article) WHERE a.textLength IS NOT NULL
  WITH a.textLength AS length ORDER BY length DESC LIMIT $texts
  RETURN collect(length) AS articleText
}
CALL () {
  MATCH (c:Comment) WHERE c.textLength IS NOT NULL
  WITH c.textLength AS length ORDER BY length DESC LIMIT $texts
  RETURN collect(length) AS commentText
}
CALL () {
  MATCH (q:Quote) WHERE q.textLength IS NOT NULL
  WITH q.textLength AS length ORDER BY length DESC LIMIT $texts
  RETURN collect(length) AS quoteText
}
CALL () {
  MATCH (q:Quote) WHERE q.sentenceLength IS NOT NULL
  WITH q.sentenceLength AS length ORDER BY length DESC LIMIT $texts
  RETURN collect(length) AS sentenceText
}
RETURN {commentsPerArticle: commentsPerArticle, quotesPerArticle: quotesPerArticle,
        mentionsPerArticle: mentionsPerArticle, commentsPerCommenter: commentsPerCommenter,
        quotesPerSpeaker: quotesPerSpeaker, quotesPerSubject: quotesPerSubject,
        affiliationsPerEntity: affiliationsPerEntity, affiliatesPerEntity: affiliatesPerEntity,
        subjectsPerQuote: subjectsPerQuote, repliesPerComment: repliesPerComment,
        mentionsPerComment: mentionsPerComment} AS longest,
       {articleText: articleText, commentText: commentText, quoteText: quoteText, sentenceText: sentenceText} AS texts
