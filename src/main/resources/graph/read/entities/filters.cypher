// Every filter of people(filter:) and organizations(filter:), after the anchor: a parameter left null does not
// filter. Names compare as keys (graph/NameKeys): $startsWith is "\n" + key, $alias "\n" + key + "\n".
WHERE ($startsWith IS NULL OR e.nameKeys CONTAINS $startsWith)
  AND ($contains IS NULL OR e.nameKeys CONTAINS $contains)
  AND ($alias IS NULL OR e.nameKeys CONTAINS $alias)
  AND ($affiliatedWithIds IS NULL
       OR EXISTS { MATCH (e)-[:AFFILIATED_WITH]-(x:Entity) WHERE x.id IN $affiliatedWithIds })
