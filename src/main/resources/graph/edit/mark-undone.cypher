MATCH (e:Edit {id: $id})
SET e.undone = true, e.undoneBy = $undoneBy
