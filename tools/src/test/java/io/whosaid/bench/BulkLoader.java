package io.whosaid.bench;

import io.whosaid.graph.migrations.MigrationRunner;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraph.AffiliationRow;
import io.whosaid.ingest.resolve.ArticleGraph.CommentRow;
import io.whosaid.ingest.resolve.ArticleGraph.EntityRow;
import io.whosaid.ingest.resolve.ArticleGraph.MentionRow;
import io.whosaid.ingest.resolve.ArticleGraph.QuoteRow;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Loads a generated corpus into an empty Neo4j by batched UNWIND writes: many articles per transaction, several
 * transactions in flight. It writes the same labels, properties and relationships as the service's
 * {@code graph/write/*.cypher}, but with CREATE instead of MERGE, because the generator guarantees each node
 * and relationship once, and an empty store has nothing to merge with.
 *
 * <p>Entities (people, organizations, publishers, commenters) and affiliations are created in a small
 * transaction, committed before the first batch of articles that refers to them is handed to a writer, so a
 * parallel writer never misses one. That transaction returns each new node's element id, and article batches
 * find entities by element id, a direct record read: no index is needed, read or locked while loading, and
 * every constraint, index and full-text index is built once at the end (or first, with {@code indexesFirst}).
 */
public final class BulkLoader {

    private static final String PEOPLE = """
            UNWIND $rows AS row
            CREATE (n:Person:Entity {id: row.id, name: row.name, aliases: row.aliases, description: row.description})
            RETURN row.id AS id, elementId(n) AS node""";
    private static final String ORGANIZATIONS = """
            UNWIND $rows AS row
            CREATE (n:Organization:Entity {id: row.id, name: row.name, aliases: row.aliases, kind: row.kind})
            RETURN row.id AS id, elementId(n) AS node""";
    private static final String COMMENTERS = """
            UNWIND $rows AS row
            CREATE (n:Commenter {id: row.id, handle: row.handle, site: row.site})
            RETURN row.id AS id, elementId(n) AS node""";
    private static final String AFFILIATIONS = """
            UNWIND $rows AS row
            MATCH (p) WHERE elementId(p) = row.personId
            MATCH (o) WHERE elementId(o) = row.organizationId
            CREATE (p)-[:AFFILIATED_WITH {role: row.role}]->(o)""";
    /**
     * One batch of articles with everything under them. Article, quotes and comments are reached through the
     * variables that created them, so no index on their ids is needed while loading.
     */
    private static final String ARTICLES = """
            UNWIND $articles AS a
            CREATE (art:Article {id: a.id, url: a.url, title: a.title, subtitle: a.subtitle, publishedAt: datetime(a.publishedAt),
                                 text: a.text, contentHash: a.contentHash, editorNotes: a.editorNotes,
                                 ingestedAt: a.ingestedAt})
            WITH art, a
            CALL (art, a) {
              MATCH (publisher) WHERE elementId(publisher) = a.publisherId
              CREATE (art)-[:PUBLISHED_BY]->(publisher)
            }
            CALL (art, a) {
              UNWIND a.mentions AS m
              MATCH (e) WHERE elementId(e) = m.id
              CREATE (art)-[:MENTIONS {count: m.count}]->(e)
            }
            CALL (art, a) {
              UNWIND a.quotes AS q
              CREATE (quote:Quote {id: q.id, text: q.text, kind: q.kind, cue: q.cue, sentence: q.sentence,
                                   start: q.start, end: q.end, confidence: q.confidence,
                                   unnamedSource: q.unnamedSource})-[:QUOTED_IN]->(art)
              WITH quote, q
              CALL (quote, q) {
                MATCH (speaker) WHERE elementId(speaker) = q.speakerId
                CREATE (speaker)-[:SAID]->(quote)
              }
              CALL (quote, q) {
                UNWIND q.aboutIds AS aboutId
                MATCH (subject) WHERE elementId(subject) = aboutId
                CREATE (quote)-[:ABOUT]->(subject)
              }
            }
            CALL (art, a) {
              UNWIND a.comments AS c
              MATCH (author) WHERE elementId(author) = c.authorId
              CREATE (author)-[:WROTE]->(comment:Comment {id: c.id, number: c.number, text: c.text, spam: c.spam,
                                                          position: c.position})-[:ON]->(art)
              WITH comment, c
              CALL (comment, c) {
                UNWIND c.mentions AS entityId
                MATCH (e) WHERE elementId(e) = entityId
                CREATE (comment)-[:MENTIONS]->(e)
              }
              RETURN collect([c.position, comment]) AS created
            }
            CALL (created, a) {
              UNWIND a.replies AS reply
              WITH [x IN created WHERE x[0] = reply[0]][0][1] AS child, [x IN created WHERE x[0] = reply[1]][0][1] AS parent
              CREATE (child)-[:REPLY_TO]->(parent)
            }
            RETURN count(*) AS written""";

    /**
     * @param batchSize    articles per transaction
     * @param writers      transactions in flight at once
     * @param indexesFirst apply every migration before loading (else only the id lookups, the rest after)
     */
    public record Options(int batchSize, int writers, boolean indexesFirst) {}

    /** What a load did and how long each phase took. */
    public record Result(
            int articles,
            long nodes,
            long relationships,
            Duration articlesPhase,
            Duration indexPhase,
            Duration total) {}

    private final Driver driver;
    private final CorpusGenerator generator;
    private final Options options;
    private final PrintStream log;
    /** The element id of every entity and commenter created so far, by its WhoSaid id. */
    private final Map<String, String> nodeById = new HashMap<>();

    private final Set<String> createdEntities = new HashSet<>();
    private final Set<String> createdAffiliations = new HashSet<>();

    public BulkLoader(Driver driver, CorpusGenerator generator, Options options, PrintStream log) {
        this.driver = driver;
        this.generator = generator;
        this.options = options;
        this.log = log;
    }

    public Result load() {
        long begun = System.nanoTime();
        if (options.indexesFirst()) {
            new MigrationRunner(driver).migrate();
        }
        int total = generator.spec().articles();
        ExecutorService writers = new ThreadPoolExecutor(
                options.writers(),
                options.writers(),
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(options.writers()),
                new ThreadPoolExecutor.CallerRunsPolicy());
        List<Future<?>> pending = new ArrayList<>();
        long lastReport = System.nanoTime();
        try {
            for (int from = 0; from < total; from += options.batchSize()) {
                int to = Math.min(total, from + options.batchSize());
                List<GeneratedArticle> batch = new ArrayList<>(to - from);
                for (int index = from; index < to; index++) {
                    batch.add(generator.article(index));
                }
                writeEntities(batch);
                List<Map<String, Object>> rows =
                        batch.stream().map(this::articleParameters).toList();
                pending.add(writers.submit(() -> write(ARTICLES, Map.of("articles", rows))));
                pending.removeIf(future -> future.isDone() && checked(future));
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    lastReport = System.nanoTime();
                    log.printf("bench-load: %d/%d articles in %.0f s%n", to, total, seconds(begun));
                }
            }
            pending.forEach(BulkLoader::checked);
        } finally {
            writers.shutdown();
        }
        long articlesDone = System.nanoTime();
        log.printf("bench-load: %d articles written in %.1f s; building indexes%n", total, seconds(begun));
        finish(driver, false);
        long end = System.nanoTime();
        long[] counts = counts(driver);
        return new Result(
                total,
                counts[0],
                counts[1],
                Duration.ofNanos(articlesDone - begun),
                Duration.ofNanos(end - articlesDone),
                Duration.ofNanos(end - begun));
    }

    /**
     * Builds every constraint and index of the migrations on the loaded graph, waits for them, and records the
     * migrations as the service's runner does, so the service finds its schema complete at start-up.
     * {@code fillEmptyLists} gives nodes the empty lists the service writes but a CSV import cannot express.
     */
    static void finish(Driver driver, boolean fillEmptyLists) {
        try (Session session = driver.session()) {
            if (fillEmptyLists) {
                session.run(
                                "MATCH (n:Entity) WHERE n.aliases IS NULL CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 10000 ROWS")
                        .consume();
                session.run("MATCH (a:Article) CALL (a) { SET a.editorNotes = [] } IN TRANSACTIONS OF 10000 ROWS")
                        .consume();
            }
            // All IF NOT EXISTS: the indexes build here, and the migration runner below only records them.
            for (MigrationRunner.Migration migration : MigrationRunner.available()) {
                for (String statement : migration.statements()) {
                    session.run(statement).consume();
                }
            }
            session.run("CALL db.awaitIndexes(7200)").consume();
        }
        new MigrationRunner(driver).migrate();
    }

    /** Nodes and relationships in the graph (from Neo4j's count store). */
    static long[] counts(Driver driver) {
        try (Session session = driver.session()) {
            return new long[] {
                session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong(),
                session.run("MATCH ()-[r]->() RETURN count(r) AS c")
                        .single()
                        .get("c")
                        .asLong()
            };
        }
    }

    /** Creates the entities, commenters and affiliations this batch is the first to refer to. */
    private void writeEntities(List<GeneratedArticle> batch) {
        List<Map<String, Object>> people = new ArrayList<>();
        List<Map<String, Object>> organizations = new ArrayList<>();
        List<Map<String, Object>> commenters = new ArrayList<>();
        List<AffiliationRow> affiliations = new ArrayList<>();
        for (GeneratedArticle article : batch) {
            ArticleGraph graph = article.graph();
            if (graph.publisher() != null
                    && createdEntities.add(graph.publisher().id())) {
                organizations.add(entity(graph.publisher()));
            }
            for (EntityRow person : graph.people()) {
                if (createdEntities.add(person.id())) {
                    people.add(entity(person));
                }
            }
            for (EntityRow organization : graph.organizations()) {
                if (createdEntities.add(organization.id())) {
                    organizations.add(entity(organization));
                }
            }
            for (CommentRow comment : graph.comments()) {
                if (createdEntities.add(comment.authorId())) {
                    commenters.add(
                            Map.of("id", comment.authorId(), "handle", comment.authorHandle(), "site", comment.site()));
                }
            }
            for (AffiliationRow affiliation : graph.affiliations()) {
                if (createdAffiliations.add(affiliation.personId() + "|" + affiliation.organizationId())) {
                    affiliations.add(affiliation);
                }
            }
        }
        try (Session session = driver.session()) {
            // Element ids are kept only once the transaction committed: a retried attempt's ids are void.
            Map<String, String> created = session.executeWrite(tx -> {
                Map<String, String> nodes = new HashMap<>();
                for (var statement : List.of(
                        Map.entry(PEOPLE, people),
                        Map.entry(ORGANIZATIONS, organizations),
                        Map.entry(COMMENTERS, commenters))) {
                    if (!statement.getValue().isEmpty()) {
                        tx.run(statement.getKey(), Map.of("rows", statement.getValue()))
                                .forEachRemaining(r -> nodes.put(
                                        r.get("id").asString(), r.get("node").asString()));
                    }
                }
                if (!affiliations.isEmpty()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (AffiliationRow affiliation : affiliations) {
                        rows.add(Map.of(
                                "personId",
                                nodes.getOrDefault(affiliation.personId(), nodeById.get(affiliation.personId())),
                                "organizationId",
                                nodes.getOrDefault(
                                        affiliation.organizationId(), nodeById.get(affiliation.organizationId())),
                                "role",
                                affiliation.role()));
                    }
                    tx.run(AFFILIATIONS, Map.of("rows", rows)).consume();
                }
                return nodes;
            });
            nodeById.putAll(created);
        }
    }

    private void write(String query, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run(query, parameters).consume());
        }
    }

    /** The article as the batch query takes it, entities and commenters given by element id. */
    Map<String, Object> articleParameters(GeneratedArticle generated) {
        ArticleGraph graph = generated.graph();
        var article = graph.article();
        Map<String, Object> map = new HashMap<>();
        map.put("id", article.id());
        map.put("url", article.url());
        map.put("title", article.title());
        map.put("subtitle", article.subtitle());
        map.put("publishedAt", article.publishedAt());
        map.put("text", article.text());
        map.put("contentHash", article.contentHash());
        map.put("editorNotes", article.editorNotes());
        map.put("ingestedAt", generated.ingestedAt());
        map.put(
                "publisherId",
                graph.publisher() == null
                        ? null
                        : nodeById.get(graph.publisher().id()));
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (EntityRow entity : graph.people()) {
            mentions.add(Map.of("id", nodeById.get(entity.id()), "count", entity.mentions()));
        }
        for (EntityRow entity : graph.organizations()) {
            mentions.add(Map.of("id", nodeById.get(entity.id()), "count", entity.mentions()));
        }
        map.put("mentions", mentions);
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (QuoteRow quote : graph.quotes()) {
            Map<String, Object> q = new HashMap<>();
            q.put("id", quote.id());
            q.put("text", quote.text());
            q.put("kind", quote.kind());
            q.put("cue", quote.cue());
            q.put("sentence", quote.sentence());
            q.put("start", quote.start());
            q.put("end", quote.end());
            q.put("confidence", quote.confidence());
            q.put("unnamedSource", quote.unnamedSource());
            q.put("speakerId", quote.speakerId() == null ? null : nodeById.get(quote.speakerId()));
            q.put("aboutIds", quote.aboutIds().stream().map(nodeById::get).toList());
            quotes.add(q);
        }
        map.put("quotes", quotes);
        Map<String, List<String>> mentionsByComment = new HashMap<>();
        for (MentionRow mention : graph.commentMentions()) {
            mentionsByComment
                    .computeIfAbsent(mention.commentId(), k -> new ArrayList<>())
                    .add(nodeById.get(mention.entityId()));
        }
        Map<String, Integer> positionById = new HashMap<>();
        List<Map<String, Object>> comments = new ArrayList<>();
        List<List<Integer>> replies = new ArrayList<>();
        for (CommentRow comment : graph.comments()) {
            positionById.put(comment.id(), comment.position());
            Map<String, Object> c = new HashMap<>();
            c.put("id", comment.id());
            c.put("number", comment.number());
            c.put("text", comment.text());
            c.put("spam", comment.spam());
            c.put("position", comment.position());
            c.put("authorId", nodeById.get(comment.authorId()));
            c.put("mentions", mentionsByComment.getOrDefault(comment.id(), List.of()));
            comments.add(c);
            if (comment.parentId() != null) {
                replies.add(List.of(comment.position(), positionById.get(comment.parentId())));
            }
        }
        map.put("comments", comments);
        map.put("replies", replies);
        return map;
    }

    private static Map<String, Object> entity(EntityRow row) {
        Map<String, Object> map = new HashMap<>();
        map.put("id", row.id());
        map.put("name", row.name());
        map.put("aliases", row.aliases());
        map.put("description", row.description());
        map.put("kind", row.kind());
        return map;
    }

    private static boolean checked(Future<?> future) {
        try {
            future.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "A batch of articles failed to load: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
