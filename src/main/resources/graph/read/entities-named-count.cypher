CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node
WHERE $label IN labels(node)
  AND (toLower(node.name) = $name OR any(alias IN node.aliases WHERE toLower(alias) = $name))
RETURN count(node) AS total
