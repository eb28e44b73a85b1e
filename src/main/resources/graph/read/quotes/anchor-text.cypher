// Anchored on the full-text index when text is given: the most relevant first.
CALL db.index.fulltext.queryNodes('quote_texts', $lucene) YIELD node AS q, score
