RETURN count(q) AS total
