// One article and everything read from it, in one statement (one round trip). A batch (ingestBatch) runs it once
// per article in one transaction: each article is written as if alone, and the batch commits once. (One statement
// that UNWINDs a list of articles held every article's rows at once and went over the transaction memory limit on
// an article with 10,000 comments.)
//
// Locks, in the order they are taken:
// 1. The article node, exclusively (SET a.locking): concurrent ingests of one article (the same text from two
//    clients, or two versions of one url) queue here, and each sees what the one before it committed. Without
//    it both could read "new" before either committed: both answered created: true, and a second version wrote
//    its thread over the first's without clearing it, leaving a mix of two threads under one article.
// 2. The shared nodes (publisher, people, organizations, commenters), in one order (sorted by id). A shared
//    node is only written (and so exclusively locked, and re-indexed in the full-text index) when this article
//    adds something to it. Every relationship but an affiliation is new (the article's quotes and comments
//    are new, and the clearing below leaves the article none), so it is CREATEd: creating a relationship to a
//    popular (dense) node takes no exclusive lock on it, whereas MERGE of a relationship locks both ends, and
//    so serialized every writer that mentioned the same popular person. ArticleWriter de-duplicates the rows.
// Within a batch each article takes its shared nodes in that order, one article after the other; a deadlock with
// another writer is retried (ArticleWriter). Nodes this statement already holds are passed on by position in the lists of $write (entities, comments),
// so no relationship needs a second index lookup.
//
// Provenance: every derived relationship gets its properties from a map ArticleWriter makes (row.edge:
// madeBy, and for mentions and affiliations the offsets of the words that support it, see ingest/resolve/Span),
// so the names of those properties are written once, in graph/EdgeProvenance.
// Planned once and kept (replan=skip): Neo4j would plan this large statement again each time the store's counts
// drift past its threshold, which during a bulk ingest into a growing store cost about a tenth of its CPU. The plan
// does not depend on those counts: every node it starts from is found by a unique-constraint seek, and the rest is
// expanded from nodes it holds (BatchedArticleWriteTest checks that on the test store).
CYPHER replan=skip
MERGE (a:Article {id: $write.article.id})
  ON CREATE SET a.creating = true
SET a.locking = true
WITH a, a.creating IS NOT NULL AS created
REMOVE a.creating, a.locking
WITH a, created, NOT created AND coalesce(a.contentHash = $write.article.contentHash, false) AS unchanged
CALL (a, created, unchanged) {
  WITH a, created WHERE NOT unchanged

  // For a changed text: the people, organizations and commenters the old text linked to, so that those nothing
  // holds any more go at the end (the rule of graph/edit/Support, which deleteArticle applies too).
  WITH a, created, CASE WHEN created THEN [] ELSE COLLECT {
      MATCH (a)-[:MENTIONS|PUBLISHED_BY]->(n) RETURN n
      UNION MATCH (a)<-[:QUOTED_IN]-(:Quote)-[:SAID|ABOUT]-(n) RETURN n
      UNION MATCH (a)<-[:ON]-(:Comment)-[:MENTIONS]->(n) RETURN n
      UNION MATCH (a)<-[:ON]-(:Comment)<-[:WROTE]-(n) RETURN n
    } END AS formerLinks

  // A changed text under the same url: drop what the old text said before writing the new one.
  CALL (a, created) {
    WITH a WHERE NOT created
    OPTIONAL MATCH (a)<-[:QUOTED_IN]-(q:Quote)
    OPTIONAL MATCH (a)<-[:ON]-(c:Comment)
    WITH a, collect(DISTINCT q) + collect(DISTINCT c) AS derived
    FOREACH (n IN derived | DETACH DELETE n)
    WITH a
    OPTIONAL MATCH (a)-[r:MENTIONS]->()
    DELETE r
  }
  // A publisher an editor set stays (made by $write.editor); the extractor's is read again from the new text.
  CALL (a, created) {
    WITH a WHERE NOT created
    OPTIONAL MATCH (a)-[r:PUBLISHED_BY]->()
    WITH r WHERE coalesce(r.madeBy <> $write.editor, true)
    DELETE r
  }

  // A url an editor corrected stays: the article's id (its first url's) still finds it, and so does the corrected
  // url's (an id rule, graph/edit/IdRules), so an ingest of either updates the article without undoing the correction.
  // A date an editor corrected (publishedAtCorrected, graph/edit/ArticleEdits) stays too.
  SET a.url = coalesce(a.url, $write.article.url),
      a.title = $write.article.title,
      a.subtitle = $write.article.subtitle,
      a.publishedAt = CASE WHEN a.publishedAtCorrected THEN a.publishedAt ELSE datetime($write.article.publishedAt) END,
      a.text = $write.article.text,
      // kept beside the text so the cost statistics (stats/list-sizes) read sizes, never the texts themselves
      a.textLength = size($write.article.text),
      a.contentHash = $write.article.contentHash,
      a.editorNotes = $write.article.editorNotes,
      a.ingestedAt = coalesce(a.ingestedAt, datetime())
  WITH a, formerLinks

  // Aliases accumulate across articles; the first description found is kept.
  CALL (a) {
    UNWIND CASE WHEN $write.publisher IS NULL OR EXISTS { (a)-[:PUBLISHED_BY {madeBy: $write.editor}]->() } THEN []
           ELSE [$write.publisher] END AS row
    MERGE (o:Organization {id: row.id})
      ON CREATE SET o:Entity, o.name = row.name, o.aliases = [], o.kind = row.kind, o.nameKeys = row.nameKeys
    CREATE (a)-[published:PUBLISHED_BY]->(o)
    SET published = row.edge
  }
  CALL (a) {
    UNWIND range(0, size($write.entities) - 1) AS position
    WITH a, position, $write.entities[position] AS row
    CALL (row) {
      WITH row WHERE row.person
      MERGE (n:Person {id: row.id})
        ON CREATE SET n:Entity, n.name = row.name, n.aliases = [], n.nameKeys = row.nameKeys
      RETURN n
    UNION ALL
      WITH row WHERE NOT row.person
      MERGE (n:Organization {id: row.id})
        ON CREATE SET n:Entity, n.name = row.name, n.aliases = [], n.nameKeys = row.nameKeys
      RETURN n
    }
    // Only a node this article adds to is written, and so locked. What is read before the lock only says
    // whether to take it; the aliases are read again under it, so that two writers adding different aliases
    // to one person at once both keep theirs (the second waits, then adds to the first's list).
    WITH a, position, row, n,
         any(x IN row.aliases WHERE NOT x IN coalesce(n.aliases, []) AND x <> n.name)
         OR (n.description IS NULL AND row.description IS NOT NULL) AS adds
    CALL (n, row, adds) {
      WITH n, row WHERE adds
      SET n.locking = true
      REMOVE n.locking
      SET n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases |
            CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END),
          // the keys of the aliases (graph/NameKeys), each once, after the name's
          // row.aliasKeys are whole-key needles ("\nkey\n"); a new one is appended without its first separator
          n.nameKeys = reduce(keys = coalesce(n.nameKeys, row.nameKeys), k IN row.aliasKeys |
            CASE WHEN keys CONTAINS k THEN keys ELSE keys + substring(k, 1) END),
          n.description = coalesce(n.description, row.description)
    }
    CREATE (a)-[mentions:MENTIONS]->(n)
    SET mentions = row.edge
    WITH position, n ORDER BY position
    RETURN collect(n) AS entities
  }
  CALL (a, entities) {
    UNWIND $write.quotes AS row
    CREATE (q:Quote {id: row.id, text: row.text, textLength: size(row.text), kind: row.kind, cue: row.cue,
                     sentence: row.sentence, sentenceLength: size(row.sentence),
                     start: row.start, end: row.end, confidence: row.confidence,
                     unnamedSource: row.unnamedSource})-[:QUOTED_IN]->(a)
    FOREACH (speaker IN [i IN row.speaker | entities[i]] | CREATE (speaker)-[said:SAID]->(q) SET said = $write.extracted)
    FOREACH (subject IN [i IN row.about | entities[i]] | CREATE (q)-[about:ABOUT]->(subject) SET about = $write.extracted)
  }
  CALL (a, entities) {
    CALL (a, entities) {
      UNWIND range(0, size($write.comments) - 1) AS position
      WITH a, entities, position, $write.comments[position] AS row
      CREATE (c:Comment {id: row.id, number: row.number, text: row.text, textLength: size(row.text), spam: row.spam,
                         position: row.position})
             -[:ON]->(a)
      FOREACH (mention IN row.mentions |
        FOREACH (subject IN [entities[mention.entity]] | CREATE (c)-[m:MENTIONS]->(subject) SET m = mention.edge))
      WITH position, c ORDER BY position
      RETURN collect(c) AS comments
    }
    CALL (comments) {
      UNWIND $write.replies AS row
      WITH comments[row.comment] AS c, comments[row.parent] AS parent
      CREATE (c)-[:REPLY_TO]->(parent)
    }
    CALL (comments) {
      UNWIND $write.commenters AS row
      MERGE (w:Commenter {id: row.id})
        ON CREATE SET w.handle = row.handle, w.site = row.site
      FOREACH (c IN [i IN row.comments | comments[i]] | CREATE (w)-[:WROTE]->(c))
    }
  }
  // An affiliation joins two shared nodes and may already be known: MERGE it (which locks both ends) only
  // when it is missing. Its supports (row.edge: this article's id per span, and the spans) replace what this
  // article supported before and join the other articles' (the most recent $write.maxSupports kept). A pair an
  // editor removed by hand is not written again (row.removal names its :AffiliationRemoval).
  CALL (a, entities) {
    UNWIND $write.affiliations AS row
    WITH a, row, entities[row.person] AS p, entities[row.organization] AS o
    WHERE NOT EXISTS { MATCH (:AffiliationRemoval {id: row.removal}) }
    OPTIONAL MATCH (p)-[known:AFFILIATED_WITH]->(o)
    CALL (p, o, known, row) {
      WITH p, o, row WHERE known IS NULL
      MERGE (p)-[f:AFFILIATED_WITH]->(o)
        ON CREATE SET f.madeBy = row.edge.madeBy
      RETURN f
    UNION
      WITH known WHERE known IS NOT NULL
      RETURN known AS f
    }
    // Restated as it stands (this article's supports and the role as stored, as on a re-ingest of a text changed
    // elsewhere): not written, so not locked, and an editor working on the pair meanwhile is not waited for.
    WITH a, row, f, [i IN range(0, size(coalesce(f.articles, [])) - 1) WHERE f.articles[i] = a.id] AS mine
    WITH a, row, f WHERE (row.role IS NOT NULL AND coalesce(row.role <> f.role, true))
         OR [i IN mine | f.starts[i]] <> row.edge.starts OR [i IN mine | f.ends[i]] <> row.edge.ends
         OR [i IN mine | f.sentenceStarts[i]] <> row.edge.sentenceStarts
         OR [i IN mine | f.sentenceEnds[i]] <> row.edge.sentenceEnds
    WITH a, row, f, [i IN range(0, size(coalesce(f.articles, [])) - 1) WHERE f.articles[i] <> a.id] AS others
    WITH a, row, f,
         [i IN others | f.articles[i]] + row.edge.articles AS articles,
         [i IN others | f.starts[i]] + row.edge.starts AS starts,
         [i IN others | f.ends[i]] + row.edge.ends AS ends,
         [i IN others | f.sentenceStarts[i]] + row.edge.sentenceStarts AS sentenceStarts,
         [i IN others | f.sentenceEnds[i]] + row.edge.sentenceEnds AS sentenceEnds
    WITH row, f, articles, starts, ends, sentenceStarts, sentenceEnds,
         CASE WHEN size(articles) > $write.maxSupports THEN size(articles) - $write.maxSupports ELSE 0 END AS drop
    SET f.role = coalesce(row.role, f.role),
        f.articles = articles[drop..], f.starts = starts[drop..], f.ends = ends[drop..],
        f.sentenceStarts = sentenceStarts[drop..], f.sentenceEnds = sentenceEnds[drop..]
  }
  // What only the old text held: nothing links to it now but affiliations (and the edit log, which keeps its ids).
  CALL (formerLinks) {
    UNWIND formerLinks AS n
    WITH n WHERE NOT EXISTS { (n)-[r]-(m) WHERE NOT m:Edit AND NOT r:AFFILIATED_WITH }
    DETACH DELETE n
  }
}
// The article as the read path maps it (GraphReader's projection with no selections), so that the caller
// needs no second transaction to read back what it wrote; null when $write.returnArticle is false (batch jobs
// answer only the article's id, and the text would cross the wire back for nothing).
RETURN created, unchanged, CASE WHEN $write.returnArticle THEN a {.*, labels: labels(a)} END AS node
