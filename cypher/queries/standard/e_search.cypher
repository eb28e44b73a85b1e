// (e) Full-text search over entity names and aliases, quote texts and article titles: the 10 best hits, best score
// first, ties by id, as the service's search(query, first: 10) answers them.
// Parameters: $lucene (what the user typed as the service's search writes it for Lucene, graph/SearchQuery: every
// word must match), $limit.
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
WITH node, score ORDER BY score DESC, node.id LIMIT $limit
RETURN node {.id, .name, .title, text: left(node.text, 80), labels: labels(node)} AS node, score
