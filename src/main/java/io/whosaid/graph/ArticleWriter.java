package io.whosaid.graph;

import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraph.AffiliationRow;
import io.whosaid.ingest.resolve.ArticleGraph.CommentRow;
import io.whosaid.ingest.resolve.ArticleGraph.EntityRow;
import io.whosaid.ingest.resolve.ArticleGraph.MentionRow;
import io.whosaid.ingest.resolve.ArticleGraph.QuoteRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
        tx.run(ARTICLE, Map.of("article", articleParameters(graph))).consume();
        if (graph.publisher() != null) {
            tx.run(PUBLISHER, Map.of("articleId", articleId, "publisher", entity(graph.publisher()))).consume();
        }
        run(tx, PEOPLE, articleId, graph.people(), ArticleWriter::entity);
        run(tx, ORGANIZATIONS, articleId, graph.organizations(), ArticleWriter::entity);
        run(tx, QUOTES, articleId, graph.quotes(), ArticleWriter::quote);
        run(tx, AFFILIATIONS, articleId, graph.affiliations(), ArticleWriter::affiliation);
        run(tx, COMMENTS, articleId, graph.comments(), ArticleWriter::comment);
        run(tx, REPLIES, articleId, graph.comments().stream().filter(c -> c.parentId() != null).toList(),
                c -> Map.of("id", c.id(), "parentId", c.parentId()));
        run(tx, COMMENT_MENTIONS, articleId, graph.commentMentions(), ArticleWriter::mention);
        return new WriteOutcome(articleId, created, !created);
    }

    private static <T> void run(TransactionContext tx, String query, String articleId, List<T> rows,
                                Function<T, Map<String, Object>> toParameters) {
        if (rows.isEmpty()) {
            return;
        }
        tx.run(query, Map.of("articleId", articleId, "rows", rows.stream().map(toParameters).toList())).consume();
    }

    private static Map<String, Object> articleParameters(ArticleGraph graph) {
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
        return map;
    }

    private static Map<String, Object> entity(EntityRow row) {
        Map<String, Object> map = new HashMap<>();
        map.put("id", row.id());
        map.put("name", row.name());
        map.put("aliases", row.aliases());
        map.put("description", row.description());
        map.put("kind", row.kind());
        map.put("mentions", row.mentions());
        return map;
    }

    private static Map<String, Object> quote(QuoteRow row) {
        Map<String, Object> map = new HashMap<>();
        map.put("id", row.id());
        map.put("text", row.text());
        map.put("kind", row.kind());
        map.put("cue", row.cue());
        map.put("sentence", row.sentence());
        map.put("start", row.start());
        map.put("end", row.end());
        map.put("confidence", row.confidence());
        map.put("speakerId", row.speakerId());
        map.put("aboutIds", row.aboutIds());
        return map;
    }

    private static Map<String, Object> affiliation(AffiliationRow row) {
        Map<String, Object> map = new HashMap<>();
        map.put("personId", row.personId());
        map.put("organizationId", row.organizationId());
        map.put("role", row.role());
        return map;
    }

    private static Map<String, Object> comment(CommentRow row) {
        Map<String, Object> map = new HashMap<>();
        map.put("id", row.id());
        map.put("number", row.number());
        map.put("text", row.text());
        map.put("spam", row.spam());
        map.put("position", row.position());
        map.put("authorId", row.authorId());
        map.put("authorHandle", row.authorHandle());
        map.put("site", row.site());
        return map;
    }

    private static Map<String, Object> mention(MentionRow row) {
        return Map.of("commentId", row.commentId(), "entityId", row.entityId());
    }

    /**
     * @param articleId the article's id
     * @param created   true when the article was not in the graph before
     * @param replaced  true when a changed text under a known url replaced the stored one
     */
    public record WriteOutcome(String articleId, boolean created, boolean replaced) {
    }
}
