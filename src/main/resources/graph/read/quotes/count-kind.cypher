// How many quotes are of the kinds given: the entries of the quote_kind index, without reading each quote's status;
// count-less-excluded takes away those whose status the filter leaves out.
MATCH (q:Quote)
WHERE q.kind IN $kinds
WITH count(q) AS matched
