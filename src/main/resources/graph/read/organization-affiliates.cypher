UNWIND $ids AS id
MATCH (:Organization {id: id})<-[f:AFFILIATED_WITH]-(p:Person)
WITH id, f, p ORDER BY p.name
RETURN id AS key, collect({role: f.role, node: p {.*, labels: labels(p)}}) AS nodes
