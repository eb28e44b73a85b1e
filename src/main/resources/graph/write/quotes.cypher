MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.kind = row.kind, q.cue = row.cue, q.sentence = row.sentence,
    q.start = row.start, q.end = row.end, q.confidence = row.confidence
MERGE (q)-[:QUOTED_IN]->(a)
WITH q, row
OPTIONAL MATCH (speaker:Entity {id: row.speakerId})
FOREACH (s IN CASE WHEN speaker IS NULL THEN [] ELSE [speaker] END | MERGE (s)-[:SAID]->(q))
WITH q, row
UNWIND row.aboutIds AS aboutId
MATCH (subject:Entity {id: aboutId})
MERGE (q)-[:ABOUT]->(subject)
