// Canonical name or alias, case-insensitive: the full-text index finds candidates, the WHERE keeps exact ones.
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node AS e
WHERE $label IN labels(e)
  AND (toLower(e.name) = $name OR any(alias IN e.aliases WHERE toLower(alias) = $name))
  AND {KEYSET}
RETURN e {PROJECTION} AS node, {KEY} AS key
ORDER BY {ORDER}
LIMIT $limit
