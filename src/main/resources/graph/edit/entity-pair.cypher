// A person and an organization an affiliation edit names, and the affiliation between them (at most one, as ingest
// MERGEs it), read without the entities' other links.
OPTIONAL MATCH (p:Entity {id: $personId})
OPTIONAL MATCH (o:Entity {id: $organizationId})
RETURN p IS NOT NULL AS personFound, coalesce(p:Person, false) AS person,
       o IS NOT NULL AS organizationFound, coalesce(o:Organization, false) AS organization,
       [(p)-[r:AFFILIATED_WITH]->(o) | properties(r)] AS current
