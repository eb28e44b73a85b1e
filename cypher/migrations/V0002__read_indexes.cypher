// Orderings the connections page by, so a page is read from an index, not sorted from a label scan.
CREATE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX quote_kind IF NOT EXISTS FOR (n:Quote) ON (n.kind);
CREATE INDEX commenter_handle IF NOT EXISTS FOR (n:Commenter) ON (n.handle);
