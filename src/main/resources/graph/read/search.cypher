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
RETURN node {.id, .name, .aliases, .description, .kind, .title, .subtitle, .url, .publishedAt, .text, .editorNotes,
             .cue, .sentence, .start, .end, .confidence, labels: labels(node)} AS node, score
