UNWIND $ids AS id
MATCH (:Person {id: id})-[f:AFFILIATED_WITH]->(o:Organization)
WITH id, f, o ORDER BY o.name
RETURN id AS key, collect({role: f.role, node: o {.*, labels: labels(o)}}) AS nodes
