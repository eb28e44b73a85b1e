// The edits that named or touched a node, newest first (also for a node an edit deleted).
MATCH (e:Edit)
WHERE $id IN e.targets OR $id IN e.subjects
RETURN e {.*, at: toString(e.at)} AS edit ORDER BY e.seq DESC
