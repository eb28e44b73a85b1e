// The edit itself, linked to the nodes it touched that exist after it.
CREATE (e:Edit {id: $edit.id, seq: $edit.seq, author: $edit.author, at: datetime(), kind: $edit.kind,
                 subjects: $edit.subjects, targets: $edit.targets, before: $edit.before, after: $edit.after,
                 reason: $edit.reason, undone: false, undoes: $edit.undoes})
WITH e
CALL (e) {
  UNWIND $elements AS element
  MATCH (n) WHERE elementId(n) = element
  CREATE (e)-[:TOUCHED]->(n)
}
RETURN e {.*, at: toString(e.at)} AS edit
