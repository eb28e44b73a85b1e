// Issue 15: setArticle checks that no other article holds a url before it gives it to one; a rejected duplicate pair
// is found by its id.
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE CONSTRAINT duplicate_rejection_id IF NOT EXISTS FOR (n:DuplicateRejection) REQUIRE n.id IS UNIQUE;
