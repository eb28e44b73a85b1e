// Nodes an edit creates (or an undo brings back), all with the labels {LABELS} (labels of the graph model, checked
// by GraphVocabulary, for the reason given in create-relationships.cypher), with exactly the properties given;
// edits that named a node brought back link to it again.
UNWIND $nodes AS row
CREATE (n{LABELS})
SET n = row.properties
WITH n
CALL (n) {
  MATCH (e:Edit) WHERE n.id IN e.targets
  CREATE (e)-[:TOUCHED]->(n)
}
