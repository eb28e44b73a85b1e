// Of the candidates (people, organizations, commenters an edit unlinks), those still held by a link the edit does not
// remove: any but an affiliation or the edit log's. row.removed lists the links it removes as [type, other end's id].
// EXISTS stops at the first such link, so a publisher of many articles costs one step.
UNWIND $candidates AS row
MATCH (n) WHERE elementId(n) = row.element
RETURN n.id AS id,
       EXISTS { (n)-[r]-(m) WHERE NOT m:Edit AND NOT r:AFFILIATED_WITH AND NOT [type(r), m.id] IN row.removed } AS held
