// The latest merge still in force that kept the given entity.
MATCH (e:Edit {kind: $kind})
WHERE e.subjects[0] = $id AND NOT e.undone
RETURN e.id AS id ORDER BY e.seq DESC LIMIT 1
