// Is the article new, repeated, or a changed text under a known url?
OPTIONAL MATCH (a:Article {id: $id})
RETURN a IS NULL AS created, coalesce(a.contentHash = $contentHash, false) AS unchanged
