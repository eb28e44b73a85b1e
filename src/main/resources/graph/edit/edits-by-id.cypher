// The edits with these ids (the edits that made edges by hand, as the edges name them).
UNWIND $ids AS id
MATCH (e:Edit {id: id})
RETURN e {.*, at: toString(e.at)} AS edit
