// The hits of the full-text indexes the query's kinds need ($entityLabels, $quotes, $articles), each index's best
// $window, merged best score first and paged by keyset ({KEYSET}: strictly after the cursor's score and id).
// An UNWIND over an empty list skips an index that no asked-for kind lives in.
CALL () {
  UNWIND CASE WHEN size($entityLabels) > 0 THEN [1] ELSE [] END AS go
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $window}) YIELD node, score
  WITH node, score WHERE any(label IN labels(node) WHERE label IN $entityLabels)
  RETURN node, score
  UNION ALL
  UNWIND CASE WHEN $quotes THEN [1] ELSE [] END AS go
  CALL db.index.fulltext.queryNodes('quote_texts', $lucene, {limit: $window}) YIELD node, score
  RETURN node, score
  UNION ALL
  UNWIND CASE WHEN $articles THEN [1] ELSE [] END AS go
  CALL db.index.fulltext.queryNodes('article_titles', $lucene, {limit: $window}) YIELD node, score
  RETURN node, score
}
WITH node, score WHERE {KEYSET}
WITH node, score ORDER BY {ORDER} LIMIT $limit
// {PROJECTION}: the properties selected on the hit's node (an article's text is kilobytes no one may have
// asked for); "shown" has what the hit's label is made of, the text cut to what the label keeps; "texts" what the
// index matched, for the highlight, when $highlights (a client selected it: a quote's text can be kilobytes).
RETURN node {PROJECTION} AS node, node {.name, .title, .handle, .number, text: left(node.text, 81)} AS shown,
       CASE WHEN $highlights
         THEN node {.name, .aliases, .title, .subtitle, text: CASE WHEN node:Quote THEN node.text END}
       END AS texts,
       score, {KEY} AS key
