// The cost statistics (graph/stats/list-sizes) need the longest texts' lengths, not the texts: each text's length is
// stored beside it when written (graph/write/article.cypher) and read, longest first, from these indexes.
CREATE INDEX article_text_length IF NOT EXISTS FOR (n:Article) ON (n.textLength);
CREATE INDEX comment_text_length IF NOT EXISTS FOR (n:Comment) ON (n.textLength);
CREATE INDEX quote_text_length IF NOT EXISTS FOR (n:Quote) ON (n.textLength);
CREATE INDEX quote_sentence_length IF NOT EXISTS FOR (n:Quote) ON (n.sentenceLength);
// The texts stored before: their lengths, read once here, in batches so a large store does not fill one transaction.
MATCH (a:Article) WHERE a.text IS NOT NULL AND a.textLength IS NULL
CALL (a) { SET a.textLength = size(a.text) } IN TRANSACTIONS OF 1000 ROWS;
MATCH (c:Comment) WHERE c.text IS NOT NULL AND c.textLength IS NULL
CALL (c) { SET c.textLength = size(c.text) } IN TRANSACTIONS OF 5000 ROWS;
MATCH (q:Quote) WHERE (q.text IS NOT NULL AND q.textLength IS NULL) OR (q.sentence IS NOT NULL AND q.sentenceLength IS NULL)
CALL (q) { SET q.textLength = size(q.text), q.sentenceLength = size(q.sentence) } IN TRANSACTIONS OF 5000 ROWS;
