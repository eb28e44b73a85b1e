UNWIND $ids AS id
MATCH (:Comment {id: id})<-[:WROTE]-(w:Commenter)
RETURN id AS key, collect(w {.*, labels: labels(w)}) AS nodes
