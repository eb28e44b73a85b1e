// Relationships an edit removes: for each row, up to row.count relationships of its type between its ends, those
// with exactly its properties first.
UNWIND $relationships AS row
MATCH (a)-[r]->(b)
WHERE elementId(a) = row.from AND elementId(b) = row.to AND type(r) = row.type
WITH row, r ORDER BY properties(r) = row.properties DESC
WITH row, collect(r)[..row.count] AS found
FOREACH (r IN found | DELETE r)
