// One page of the edit log, newest first, by keyset ({KEYSET}, {KEY}, {ORDER}: EditReader.NEWEST_FIRST).
MATCH (e:Edit)
WHERE ($since IS NULL OR e.at >= datetime($since)) AND ($by IS NULL OR e.author = $by) AND {KEYSET}
RETURN e {.*, at: toString(e.at)} AS edit, {KEY} AS key
ORDER BY {ORDER}
LIMIT $limit
