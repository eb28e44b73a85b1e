MATCH (o:Organization) RETURN count(o) AS total
