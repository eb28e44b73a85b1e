MATCH (q:Quote)
WITH q, 0.0 AS score
