MATCH (a:Article {id: $articleId})
MERGE (o:Organization {id: $publisher.id})
  ON CREATE SET o:Entity, o.name = $publisher.name, o.aliases = [], o.kind = $publisher.kind
MERGE (a)-[:PUBLISHED_BY]->(o)
