// Is the article new, repeated, or a changed text under a known url?
// The write to the node takes its lock first, so concurrent ingests of one article (the same text from two
// clients, or two versions of one url) queue here and each sees what the one before it committed. Without it
// both could read "new" before either committed: both answered created: true, and a second version wrote its
// thread over the first's without clearing it, leaving a mix of two threads under one article.
MERGE (a:Article {id: $id})
  ON CREATE SET a.creating = true
SET a.locking = true
WITH a, a.creating IS NOT NULL AS created
REMOVE a.creating, a.locking
RETURN created, NOT created AND coalesce(a.contentHash = $contentHash, false) AS unchanged
