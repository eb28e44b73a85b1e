package io.whosaid.graph;

import io.whosaid.ingest.resolve.ArticleGraph;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Writes one article and everything read from it in one transaction: all of it lands, or none of it.
 * Every node is MERGEd on its deterministic id under a uniqueness constraint, so concurrent ingests of
 * overlapping articles meet on the same nodes, and the driver retries transient conflicts.
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

    private final Driver driver;
    /** Neo4j stops a write running longer (lock waits included); it rolls back whole, so nothing is half-written. */
    private final TransactionConfig transactionConfig;

    public ArticleWriter(Driver driver,
                         @ConfigProperty(name = "whosaid.neo4j.write-timeout", defaultValue = "30s") Duration timeout) {
        this.driver = driver;
        this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
    }

    /** Writes the article unless the very same content is already stored; says whether it was new. */
    public WriteOutcome write(ArticleGraph graph) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> write(tx, graph), transactionConfig);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new GraphUnavailableException("The graph database is unavailable; nothing was written", e);
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
