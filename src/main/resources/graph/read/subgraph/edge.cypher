// An edge of a subgraph and, when $provenance (a client selected weight or supports), its weight (how many times an
// article mentions the entity; 1 for the others) and the quotes, articles and comments at its ends, which are what
// the edge was read from.
{type: type(r), source: startNode(r).id, target: endNode(r).id,
 weight: CASE WHEN $provenance THEN coalesce(r.count, 1) END,
 supports: CASE WHEN $provenance THEN [x IN [startNode(r), endNode(r)] WHERE x:Quote OR x:Article OR x:Comment | x.id] END}
