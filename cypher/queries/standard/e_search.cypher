// (e) Full-text search over entity names and aliases, quote texts and article titles: the 10 best hits.
// Parameters: $lucene (escaped words), $limit. The bench searches one word, for which this and the service's
// query language (words AND by default, graph/read/search.cypher) ask Lucene the same; several words would differ.
CALL {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('quote_texts', $lucene, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_titles', $lucene, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, score ORDER BY score DESC LIMIT $limit
RETURN node {.id, .name, .title, text: left(node.text, 80), labels: labels(node)} AS node, score
