// Nodes an edit changes, all with one set of labels afterwards ({LABELS}; a former label goes with the REMOVE of
// {REMOVE_LABELS}, see create-nodes.cypher): labels and properties become exactly those given.
UNWIND $nodes AS row
MATCH (n) WHERE elementId(n) = row.element
{REMOVE_LABELS}
SET n{LABELS}
SET n = row.properties
