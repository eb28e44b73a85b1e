package io.whosaid.graph;

import io.quarkus.runtime.StartupEvent;
import io.whosaid.graph.edit.AffiliationRemovals;
import io.whosaid.graph.edit.IdRules;
import io.whosaid.graph.edit.QuoteDecisions;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraph.AffiliationRow;
import io.whosaid.ingest.resolve.ArticleGraph.CommentRow;
import io.whosaid.ingest.resolve.ArticleGraph.EntityRow;
import io.whosaid.ingest.resolve.ArticleGraph.MentionRow;
import io.whosaid.ingest.resolve.ArticleGraph.QuoteRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Writes one article, or a batch of them, and everything read from each in one transaction of one statement
 * (write/article.cypher): all of it lands, or none of it, in one round trip. Shared nodes (people, organizations, publishers,
 * commenters) are MERGEd on their deterministic ids under uniqueness constraints, so concurrent ingests of
 * overlapping articles meet on the same nodes; the article's own quotes and comments, and every relationship
 * but affiliations, are new and so CREATEd, which takes no exclusive lock on a popular (dense) node.
 *
 * <p>Concurrency, as ConcurrentIngestTest drives it (32 clients, overlapping articles): a MERGE on a key
 * under a uniqueness constraint locks that key, so a second MERGE of the same id waits and then matches;
 * it never failed with ConstraintValidationFailed there, so that is not retried. Ingests of one article are
 * serialized by the lock the statement takes first on the article node. Deadlocks between writers of shared
 * nodes are retried here (see {@link #write(ArticleGraph)}).
 */
@ApplicationScoped
public class ArticleWriter {

    private static final String WRITE = CypherFile.load("write/article");
    private static final Logger LOG = Logger.getLogger(ArticleWriter.class);
    /** Lock conflicts retried since start, for the DEBUG log: shows whether concurrent writers deadlock. */
    private static final LongAdder LOCK_CONFLICT_RETRIES = new LongAdder();

    private static final RetryPolicy WRITES = RetryPolicy.writes();

    private final Driver driver;
    private final GraphAvailability availability;
    private final GraphMetrics metrics;
    /** Neo4j stops a write running longer (lock waits included); it rolls back whole, so nothing is half-written. */
    private final TransactionConfig transactionConfig;

    public ArticleWriter(
            Driver driver,
            GraphAvailability availability,
            GraphMetrics metrics,
            @ConfigProperty(name = "whosaid.neo4j.write-timeout", defaultValue = "30s") Duration timeout) {
        this.driver = driver;
        this.availability = availability;
        this.metrics = metrics;
        this.transactionConfig =
                TransactionConfig.builder().withTimeout(timeout).build();
    }

    /**
     * Plans the write statement in the background at startup. It is one large statement, and Neo4j takes seconds
     * to plan it on a cold JVM; without this the first ingests of a fresh service all waited for that. EXPLAIN
     * plans and caches the statement without running it.
     */
    void planAtStartup(@Observes StartupEvent event) {
        Thread planner = new Thread(
                () -> {
                    try (var session = driver.session()) {
                        session.run("EXPLAIN " + WRITE, Map.of("write", Map.of()))
                                .consume();
                    } catch (RuntimeException e) {
                        LOG.debugf("Could not plan the write statement at startup: %s", e.getMessage());
                    }
                },
                "whosaid-write-planner");
        planner.setDaemon(true);
        planner.start();
    }

    /**
     * Writes the article unless the very same content is already stored; says whether it was new.
     *
     * <p>The driver's own retries are kept short (GraphConnection), so that an unreachable Neo4j fails a
     * request fast; lock conflicts between concurrent writers (deadlocks, lock timeouts) are not an outage
     * and are worth waiting for, so they are retried here, a bounded number of times with a growing, jittered
     * pause (RetryPolicy#writes). Each attempt is a whole transaction, so a retry never leaves a partial article.
     */
    public WriteOutcome write(ArticleGraph graph) {
        return writeAll(List.of(graph), true).get(0);
    }

    /**
     * Writes the articles in one transaction, one statement each, each as {@link #write(ArticleGraph)} would; the
     * outcomes in their order. All of them land or none: a failure (one bad article, a lock conflict retried too
     * often) rolls the whole batch back, and the caller may write them one by one to find the bad one. No two
     * may have the same article id (each is written as if it were alone).
     *
     * @param returnArticle whether each outcome carries the article as stored ({@link WriteOutcome#article()}); batch
     *     jobs answer only ids, and leave it out so that the database does not send every text back
     */
    public List<WriteOutcome> writeAll(List<ArticleGraph> graphs, boolean returnArticle) {
        if (graphs.isEmpty()) {
            return List.of();
        }
        long begun = System.nanoTime();
        GraphMetrics.Statement statement = metrics.begin(QueryFamily.ARTICLE_WRITE);
        try {
            List<WriteOutcome> outcomes = writeWithRetries(graphs, returnArticle, begun);
            metrics.end(statement, outcomes.size(), null);
            return outcomes;
        } catch (RuntimeException e) {
            metrics.end(statement, 0, e);
            throw e;
        }
    }

    private List<WriteOutcome> writeWithRetries(List<ArticleGraph> graphs, boolean returnArticle, long begun) {
        return availability.call(
                WRITES,
                attempt -> {
                    try (var session = driver.session()) {
                        List<WriteOutcome> outcomes =
                                session.executeWrite(tx -> write(tx, graphs, returnArticle), transactionConfig);
                        if (LOG.isDebugEnabled()) {
                            LOG.debugf(
                                    "wrote %d article(s) from %s in %.1f ms, %d attempt(s); %d lock-conflict retries since start",
                                    outcomes.size(),
                                    outcomes.get(0).articleId(),
                                    (System.nanoTime() - begun) / 1e6,
                                    attempt,
                                    LOCK_CONFLICT_RETRIES.sum());
                        }
                        return outcomes;
                    }
                },
                (conflict, attempt) -> {
                    LOCK_CONFLICT_RETRIES.increment();
                    LOG.debugf(
                            "lock conflict on %d article(s) from %s, attempt %d: %s",
                            graphs.size(), graphs.get(0).article().id(), attempt, conflict.code());
                });
    }

    /** Lock conflicts retried since this class was loaded. */
    public static long lockConflictRetries() {
        return LOCK_CONFLICT_RETRIES.sum();
    }

    private List<WriteOutcome> write(TransactionContext tx, List<ArticleGraph> extracted, boolean returnArticle) {
        // Editors' merges and rejected names decide where the extracted entities go (graph/edit/IdRules).
        List<ArticleGraph> graphs = IdRules.applyTo(tx, extracted);
        List<String> articleIds =
                graphs.stream().map(graph -> graph.article().id()).toList();
        if (new HashSet<>(articleIds).size() != articleIds.size()) {
            throw new IllegalArgumentException("one batch may not write an article twice: " + articleIds);
        }
        // Editors' decisions on the quotes a changed text replaces are read first and given to the new quotes.
        Map<String, List<Map<String, Object>>> decisions = QuoteDecisions.read(tx, articleIds);
        Map<String, Record> states = new HashMap<>();
        for (ArticleGraph graph : graphs) {
            states.put(
                    graph.article().id(),
                    tx.run(WRITE, Map.of("write", parameters(graph, returnArticle)))
                            .single());
        }
        List<WriteOutcome> outcomes = new ArrayList<>();
        for (String articleId : articleIds) {
            Record state = states.get(articleId);
            Map<String, Object> node = returnArticle ? state.get("node").asMap() : null;
            if (state.get("unchanged").asBoolean()) {
                outcomes.add(new WriteOutcome(articleId, false, false, node));
                continue;
            }
            boolean created = state.get("created").asBoolean();
            QuoteDecisions.reapply(tx, articleId, decisions.getOrDefault(articleId, List.of()));
            outcomes.add(new WriteOutcome(articleId, created, !created, node));
        }
        return outcomes;
    }

    /**
     * The rows of write/article.cypher. Every relationship there is CREATEd, so each row appears once: rows
     * that share an id (two extracted names that resolve to one node) are merged here, the last one winning,
     * as the last SET did when every row was MERGEd. Shared nodes come sorted by id, so that concurrent
     * writers lock them in one order. Relationships name the entities and comments they join by their
     * position in those lists, so the statement needs no second lookup of a node it already holds.
     */
    static Map<String, Object> parameters(ArticleGraph graph, boolean returnArticle) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("returnArticle", returnArticle);
        parameters.put("article", RecordParameters.of(graph.article()));
        Map<String, Object> publisher = graph.publisher() == null ? null : entityRow(graph.publisher());
        if (publisher != null) {
            publisher.put("edge", EdgeProvenance.extracted(List.of()));
            publisher.put("nameKeys", NameKeys.of(graph.publisher().name(), List.of()));
        }
        parameters.put("publisher", publisher);
        parameters.put("extracted", EdgeProvenance.extracted(List.of()));
        parameters.put("editor", EdgeProvenance.EDITOR);
        parameters.put("maxSupports", EdgeProvenance.MAX_SUPPORTS);

        List<Map<String, Object>> entities = new ArrayList<>();
        Map<String, Integer> entityPosition = new HashMap<>();
        for (List<EntityRow> rows : List.of(graph.people(), graph.organizations())) {
            boolean person = rows == graph.people();
            for (EntityRow row : lastById(rows, EntityRow::id, Comparator.naturalOrder())) {
                Map<String, Object> entity = entityRow(row);
                entity.put("person", person);
                Map<String, Object> edge = EdgeProvenance.extracted(row.spans());
                edge.put("count", row.mentions());
                entity.put("edge", edge);
                entity.put("nameKeys", NameKeys.of(row.name(), List.of()));
                entity.put(
                        "aliasKeys",
                        row.aliases().stream().map(NameKeys::wholeNeedle).toList());
                entityPosition.putIfAbsent(row.id(), entities.size());
                entities.add(entity);
            }
        }
        parameters.put("entities", entities);

        List<Map<String, Object>> quotes = new ArrayList<>();
        for (QuoteRow quote : lastById(graph.quotes(), QuoteRow::id, null)) {
            Map<String, Object> row = RecordParameters.of(quote);
            row.put(
                    "speaker",
                    positions(quote.speakerId() == null ? List.of() : List.of(quote.speakerId()), entityPosition));
            row.put("about", positions(quote.aboutIds(), entityPosition));
            quotes.add(row);
        }
        parameters.put("quotes", quotes);

        List<CommentRow> comments = lastById(graph.comments(), CommentRow::id, null);
        Map<String, Integer> commentPosition = new HashMap<>();
        comments.forEach(comment -> commentPosition.put(comment.id(), commentPosition.size()));
        Map<String, Map<Integer, Map<String, Object>>> mentionedBy = new HashMap<>();
        for (MentionRow mention : graph.commentMentions()) {
            Integer entity = entityPosition.get(mention.entityId());
            if (entity != null) {
                mentionedBy
                        .computeIfAbsent(mention.commentId(), id -> new LinkedHashMap<>())
                        .putIfAbsent(
                                entity, Map.of("entity", entity, "edge", EdgeProvenance.extracted(mention.spans())));
            }
        }
        List<Map<String, Object>> commentRows = new ArrayList<>();
        List<Map<String, Object>> replies = new ArrayList<>();
        Map<String, Map<String, Object>> commenters = new TreeMap<>();
        for (CommentRow comment : comments) {
            int position = commentPosition.get(comment.id());
            Map<String, Object> row = RecordParameters.of(comment);
            row.put(
                    "mentions",
                    List.copyOf(mentionedBy.getOrDefault(comment.id(), Map.of()).values()));
            commentRows.add(row);
            Integer parent = comment.parentId() == null ? null : commentPosition.get(comment.parentId());
            if (parent != null) {
                replies.add(Map.of("comment", position, "parent", parent));
            }
            Map<String, Object> commenter = commenters.computeIfAbsent(comment.authorId(), id -> {
                Map<String, Object> author = new HashMap<>();
                author.put("id", id);
                author.put("handle", comment.authorHandle());
                author.put("site", comment.site());
                author.put("comments", new ArrayList<Integer>());
                return author;
            });
            @SuppressWarnings("unchecked")
            List<Integer> written = (List<Integer>) commenter.get("comments");
            written.add(position);
        }
        parameters.put("comments", commentRows);
        parameters.put("replies", replies);
        parameters.put("commenters", List.copyOf(commenters.values()));

        List<Map<String, Object>> affiliations = new ArrayList<>();
        for (AffiliationRow affiliation : lastById(
                graph.affiliations(), f -> f.personId() + "|" + f.organizationId(), Comparator.naturalOrder())) {
            Integer person = entityPosition.get(affiliation.personId());
            Integer organization = entityPosition.get(affiliation.organizationId());
            if (person != null && organization != null) {
                Map<String, Object> row = new HashMap<>();
                row.put("person", person);
                row.put("organization", organization);
                row.put("role", affiliation.role());
                row.put("edge", EdgeProvenance.supported(graph.article().id(), affiliation.spans()));
                row.put("removal", AffiliationRemovals.id(affiliation.personId(), affiliation.organizationId()));
                affiliations.add(row);
            }
        }
        parameters.put("affiliations", affiliations);
        return parameters;
    }

    /** An entity's row without its spans (they go on its MENTIONS edge). */
    private static Map<String, Object> entityRow(EntityRow row) {
        Map<String, Object> entity = RecordParameters.of(row);
        entity.remove("spans");
        return entity;
    }

    /** The distinct positions of the given ids in a list of nodes; ids not in it are left out. */
    private static List<Integer> positions(List<String> ids, Map<String, Integer> positionById) {
        return ids.stream()
                .map(positionById::get)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** One row per key, the last one for it; in first-seen order, or sorted by key when {@code order} is given. */
    private static <T> List<T> lastById(List<T> rows, Function<T, String> key, Comparator<String> order) {
        Map<String, T> byKey = order == null ? new LinkedHashMap<>() : new TreeMap<>(order);
        for (T row : rows) {
            byKey.put(key.apply(row), row);
        }
        return byKey.size() == rows.size() && order == null ? rows : List.copyOf(byKey.values());
    }

    /**
     * @param articleId the article's id
     * @param created   true when the article was not in the graph before
     * @param replaced  true when a changed text under a known url replaced the stored one
     * @param article   the article node as stored now, as {@link NodeMapper#node(Map)} takes it; null when the write
     *                  was asked not to return it
     */
    public record WriteOutcome(String articleId, boolean created, boolean replaced, Map<String, Object> article) {}
}
