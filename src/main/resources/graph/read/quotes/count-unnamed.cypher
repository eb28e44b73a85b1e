// How many quotes have an unnamed source: the entries of the quote_unnamed_source index, without reading each quote's
// status; count-less-excluded takes away those whose status the filter leaves out.
MATCH (q:Quote)
WHERE q.unnamedSource IS NOT NULL
WITH count(q) AS matched
