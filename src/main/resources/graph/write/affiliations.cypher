UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Organization {id: row.organizationId})
MERGE (p)-[f:AFFILIATED_WITH]->(o)
SET f.role = coalesce(row.role, f.role)
