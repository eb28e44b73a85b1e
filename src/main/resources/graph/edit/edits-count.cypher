MATCH (e:Edit)
WHERE ($since IS NULL OR e.at >= datetime($since)) AND ($by IS NULL OR e.author = $by)
RETURN count(e) AS total
