// Anchor: the entities one name key matches, found through the TEXT index entity_name_keys (V0007), of $label.
MATCH (e:Entity)
WHERE e.nameKeys CONTAINS $anchor AND $label IN labels(e)
WITH e
