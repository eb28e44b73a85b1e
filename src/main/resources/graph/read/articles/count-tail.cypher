RETURN count(a) AS total
