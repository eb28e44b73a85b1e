// Nodes, whole, and every relationship they have (the edit log's own links left out), with their ends' ids.
UNWIND $elements AS element
MATCH (n) WHERE elementId(n) = element
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       [(n)-[r]->(m) WHERE NOT m:Edit
         | {element: elementId(r), type: type(r), from: n.id, to: m.id, properties: properties(r)}] AS outgoing,
       [(n)<-[r]-(m) WHERE NOT m:Edit
         | {element: elementId(r), type: type(r), from: m.id, to: n.id, properties: properties(r)}] AS incoming
