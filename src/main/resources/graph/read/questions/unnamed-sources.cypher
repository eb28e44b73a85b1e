// The unnamed sources ("a senior official") quoted most, per publisher: each publisher and description with how many
// quotes (RETRACTED left out) its articles attribute to it, most first (one publisher's: unnamed-sources-of-publisher).
MATCH (q:Quote)-[:QUOTED_IN]->(:Article)-[:PUBLISHED_BY]->(p:Organization)
WHERE q.unnamedSource IS NOT NULL
  AND (q.status IS NULL OR q.status <> $retracted)
WITH p, toLower(q.unnamedSource) AS source, count(q) AS quotes
ORDER BY quotes DESC, p.id, source
LIMIT $first
RETURN p {.id, .name, .aliases, .description, .kind, labels: labels(p)} AS publisher, source, quotes
