// The articles that hold a url: the one whose id an ingest of it makes, and any whose url an edit set to it
// (article_url index).
MATCH (a:Article {id: $id}) RETURN a.id AS id
UNION
MATCH (a:Article {url: $url}) RETURN a.id AS id
