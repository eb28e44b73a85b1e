// Full-text indexes behind search, people(name:), organizations(name:) and quotes(text:).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX quote_texts IF NOT EXISTS FOR (n:Quote) ON EACH [n.text];
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.subtitle];
