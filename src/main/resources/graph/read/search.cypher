// One list over the three full-text indexes, best scores first.
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
// {PROJECTION}: the properties selected on the hit's node (an article's text is kilobytes no one may have
// asked for); "shown" has what the hit's label is made of, the text cut to what the label keeps.
RETURN node {PROJECTION} AS node, node {.name, .title, .handle, .number, text: left(node.text, 81)} AS shown, score
