// Aliases accumulate across articles; the first description found is kept.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
  ON CREATE SET n:Entity, n.name = row.name, n.aliases = []
SET n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases |
      CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END),
    n.description = coalesce(n.description, row.description)
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = row.mentions
