// Nodes an edit deletes. Their relationships were removed just before (the edit log's links go here); a node that
// still has one got it from a writer the edit did not see, so it is kept and named, and the edit is refused.
UNWIND $elements AS element
MATCH (n) WHERE elementId(n) = element
CALL (n) {
  OPTIONAL MATCH (n)<-[t:TOUCHED]-(:Edit)
  DELETE t
}
WITH n, COUNT { (n)--() } AS links
CALL (n, links) {
  WITH n WHERE links = 0
  DELETE n
}
RETURN [id IN collect(CASE WHEN links > 0 THEN n.id END) WHERE id IS NOT NULL] AS stillLinked
