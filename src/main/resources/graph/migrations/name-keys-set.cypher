// The name keys graph/NameKeys made for each entity of a batch.
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.element
SET e.nameKeys = row.keys
