// Canonical name or alias, case-insensitive: the full-text index finds candidates, the WHERE keeps exact ones.
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node
WHERE $label IN labels(node)
  AND (toLower(node.name) = $name OR any(alias IN node.aliases WHERE toLower(alias) = $name))
RETURN node {PROJECTION} AS node
ORDER BY node.name, node.id
SKIP $skip LIMIT $limit
