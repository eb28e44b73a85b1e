// Anchor: the entities one name key matches, found through the TEXT index entity_name_keys (V0008), of $label.
MATCH (e:Entity)
WHERE e.nameKeys CONTAINS $anchor AND $label IN labels(e)
WITH e
