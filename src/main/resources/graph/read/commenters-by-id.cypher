UNWIND $ids AS id
MATCH (w:Commenter {id: id})
RETURN id AS key, w {.*, labels: labels(w)} AS node
