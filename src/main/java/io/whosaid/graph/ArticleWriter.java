package io.whosaid.graph;

import io.whosaid.ingest.resolve.ArticleGraph;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Writes one article and everything read from it in one transaction: all of it lands, or none of it.
 * Every node is MERGEd on its deterministic id under a uniqueness constraint, so concurrent ingests of
 * overlapping articles meet on the same nodes, and the driver retries transient conflicts.
 *
 * <p>Concurrency, as ConcurrentIngestTest drives it (32 clients, overlapping articles): a MERGE on a key
 * under a uniqueness constraint locks that key, so a second MERGE of the same id waits and then matches;
 * it never failed with ConstraintValidationFailed there, so that is not retried. Ingests of one article are
 * serialized by the lock the state query takes on the article node (see write/article-state.cypher).
 * Deadlocks between writers of shared nodes are retried here (see {@link #write(ArticleGraph)}).
 */
@ApplicationScoped
public class ArticleWriter {

    private static final String STATE = CypherFile.load("write/article-state");
    private static final String CLEAR = CypherFile.load("write/article-clear");
    private static final String ARTICLE = CypherFile.load("write/article");
    private static final String PUBLISHER = CypherFile.load("write/publisher");
    private static final String PEOPLE = CypherFile.load("write/people");
    private static final String ORGANIZATIONS = CypherFile.load("write/organizations");
    private static final String QUOTES = CypherFile.load("write/quotes");
    private static final String AFFILIATIONS = CypherFile.load("write/affiliations");
    private static final String COMMENTS = CypherFile.load("write/comments");
    private static final String REPLIES = CypherFile.load("write/comment-replies");
    private static final String COMMENT_MENTIONS = CypherFile.load("write/comment-mentions");

    /** Lock conflicts are retried up to this many attempts (about 5 s of pauses in all). */
    private static final int MAX_CONFLICT_ATTEMPTS = 10;

    private final Driver driver;
    private final GraphAvailability availability;
    /** Neo4j stops a write running longer (lock waits included); it rolls back whole, so nothing is half-written. */
    private final TransactionConfig transactionConfig;

    public ArticleWriter(Driver driver, GraphAvailability availability,
                         @ConfigProperty(name = "whosaid.neo4j.write-timeout", defaultValue = "30s") Duration timeout) {
        this.driver = driver;
        this.availability = availability;
        this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
    }

    /**
     * Writes the article unless the very same content is already stored; says whether it was new.
     *
     * <p>The driver's own retries are kept short (GraphConnection), so that an unreachable Neo4j fails a
     * request fast; lock conflicts between concurrent writers (deadlocks, lock timeouts) are not an outage
     * and are worth waiting for, so they are retried here, a bounded number of times with a growing, jittered
     * pause. Each attempt is a whole transaction, so a retry never leaves a partial article.
     */
    public WriteOutcome write(ArticleGraph graph) {
        for (int attempt = 1; ; attempt++) {
            availability.checkReachable();
            try (var session = driver.session()) {
                WriteOutcome outcome = session.executeWrite(tx -> write(tx, graph), transactionConfig);
                availability.markReachable();
                return outcome;
            } catch (TransientException e) {
                if (!isLockConflict(e)) {
                    availability.markUnreachable();
                    throw new GraphUnavailableException("The graph database is unavailable; nothing was written", e);
                }
                if (attempt >= MAX_CONFLICT_ATTEMPTS) {
                    throw new GraphUnavailableException("The graph database is busy; nothing was written", e);
                }
                pauseBeforeRetry(attempt);
            } catch (ServiceUnavailableException | SessionExpiredException e) {
                availability.markUnreachable();
                throw new GraphUnavailableException("The graph database is unavailable; nothing was written", e);
            }
        }
    }

    private static boolean isLockConflict(TransientException e) {
        String code = e.code() == null ? "" : e.code();
        return code.equals("Neo.TransientError.Transaction.DeadlockDetected")
                || code.equals("Neo.TransientError.Transaction.LockAcquisitionTimeout");
    }

    private static void pauseBeforeRetry(int attempt) {
        long base = Math.min(1_000, 25L << Math.min(attempt, 6));
        try {
            Thread.sleep(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new GraphUnavailableException("Interrupted while retrying a write; nothing was written", interrupted);
        }
    }

    private WriteOutcome write(TransactionContext tx, ArticleGraph graph) {
        String articleId = graph.article().id();
        Record state = tx.run(STATE, Map.of("id", articleId, "contentHash", graph.article().contentHash())).single();
        boolean created = state.get("created").asBoolean();
        if (!created && state.get("unchanged").asBoolean()) {
            return new WriteOutcome(articleId, false, false);
        }
        if (!created) {
            tx.run(CLEAR, Map.of("id", articleId)).consume();
        }
        tx.run(ARTICLE, Map.of("article", RecordParameters.of(graph.article()))).consume();
        if (graph.publisher() != null) {
            tx.run(PUBLISHER, Map.of("articleId", articleId, "publisher", RecordParameters.of(graph.publisher()))).consume();
        }
        run(tx, PEOPLE, articleId, graph.people());
        run(tx, ORGANIZATIONS, articleId, graph.organizations());
        run(tx, QUOTES, articleId, graph.quotes());
        run(tx, AFFILIATIONS, articleId, graph.affiliations());
        run(tx, COMMENTS, articleId, graph.comments());
        run(tx, REPLIES, articleId, graph.comments().stream().filter(c -> c.parentId() != null).toList());
        run(tx, COMMENT_MENTIONS, articleId, graph.commentMentions());
        return new WriteOutcome(articleId, created, !created);
    }

    private static void run(TransactionContext tx, String query, String articleId, List<? extends java.lang.Record> rows) {
        if (rows.isEmpty()) {
            return;
        }
        tx.run(query, Map.of("articleId", articleId, "rows", RecordParameters.of(rows))).consume();
    }

    /**
     * @param articleId the article's id
     * @param created   true when the article was not in the graph before
     * @param replaced  true when a changed text under a known url replaced the stored one
     */
    public record WriteOutcome(String articleId, boolean created, boolean replaced) {
    }
}
