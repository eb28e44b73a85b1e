// One page of the edit log, newest first.
MATCH (e:Edit)
WHERE ($since IS NULL OR e.at >= datetime($since)) AND ($by IS NULL OR e.author = $by)
RETURN e {.*, at: toString(e.at)} AS edit ORDER BY e.seq DESC SKIP $offset LIMIT $limit
