// Issue 15: setArticle checks that no other article holds a url before it gives it to one.
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
