// The page and the total of the quotes that passed the filters, from one pass over them: the filters' subqueries
// run once per quote, not once for the page and again for the count. COLLECT keeps the row when the page is empty.
WITH collect({q: q, score: score}) AS matched
RETURN COLLECT {
  UNWIND matched AS m
  WITH m.q AS q, m.score AS score
  WHERE {KEYSET}
  WITH q, score ORDER BY {ORDER} LIMIT $limit
  RETURN {node: q {PROJECTION}, key: {KEY}}
} AS nodes, size(matched) AS total
