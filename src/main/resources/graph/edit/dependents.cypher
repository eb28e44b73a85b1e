// Later edits, still in force, that touched a node this edit touched: undoing this one would undo under them.
// Undos themselves are left out (they only put back what was there).
MATCH (e:Edit {id: $id})
MATCH (later:Edit)
WHERE later.seq > e.seq AND NOT later.undone AND later.undoes IS NULL
  AND any(t IN later.targets WHERE t IN e.targets)
RETURN later.id AS id ORDER BY later.seq
