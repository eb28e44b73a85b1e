// The articles that hold a url: the one whose id an ingest of it makes, any whose url an edit set to it
// (article_url index), and the one an id rule sends an ingest of it to (an earlier url correction).
MATCH (a:Article {id: $id}) RETURN a.id AS id
UNION
MATCH (a:Article {url: $url}) RETURN a.id AS id
UNION
MATCH (r:IdRule {id: $ruleId}) WHERE r.to IS NOT NULL RETURN r.to AS id
