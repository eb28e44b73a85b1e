// Relationships an edit adds, all of one type, with exactly the properties given. {REL_TYPE} is a type of the graph
// model (GraphVocabulary checks it): Neo4j 5.26 ran CREATE with a dynamic type $(...) with the type of the first
// statement it planned, whatever the parameter said later.
UNWIND $relationships AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:{REL_TYPE}]->(b)
SET r = row.properties
