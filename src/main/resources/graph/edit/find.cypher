MATCH (e:Edit {id: $id})
RETURN e {.*, at: toString(e.at)} AS edit
