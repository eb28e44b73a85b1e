package io.whosaid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.api.ArticleIngest;
import io.whosaid.api.ArticleIngest.Written;
import io.whosaid.graph.ArticleWriter.WriteOutcome;
import io.whosaid.ingest.IngestPipeline;
import io.whosaid.ingest.IngestPipeline.Format;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.support.GraphChecks;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

/** Several articles in one write transaction against the real Neo4j: each as if alone, and all or nothing. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class BatchedArticleWriteTest {

    @Inject
    ArticleWriter writer;

    @Inject
    ArticleIngest ingest;

    @Inject
    IngestPipeline pipeline;

    @Inject
    Driver driver;

    private ArticleGraph article(String key, String commenter) {
        String json = """
                {"title": "Ferry timetable %1$s changes again", "url": "https://example.org/batch/%1$s",
                 "publisher": "Ellerby Courier",
                 "text": "The ferry will leave at six from May, Marisol Teague said on Monday. \\u201cNobody asked the people on the harbour,\\u201d Teague said.",
                 "comments": [{"author": "%2$s", "text": "About time, %1$s.", "replies": [{"author": "harbour-watcher", "text": "Agreed."}]}]}
                """.formatted(key, commenter);
        return pipeline.prepare(pipeline.read(Format.JSON, json, null), null, null);
    }

    private long stored(List<ArticleGraph> graphs) {
        return GraphChecks.single(
                driver,
                "MATCH (a:Article) WHERE a.id IN $ids RETURN count(a)",
                Map.of("ids", graphs.stream().map(g -> g.article().id()).toList()));
    }

    @Test
    void aBatchWritesEachArticleAsIfAloneAndAgainLeavesThemUnchanged() {
        String run = Long.toString(System.nanoTime());
        List<ArticleGraph> graphs = List.of(
                article(run + "a", "reader-one"), article(run + "b", "reader-two"), article(run + "c", "reader-one"));
        List<WriteOutcome> first = writer.writeAll(graphs, true);
        assertEquals(
                graphs.stream().map(g -> g.article().id()).toList(),
                first.stream().map(WriteOutcome::articleId).toList());
        assertTrue(first.stream().allMatch(WriteOutcome::created));
        assertEquals(
                graphs.stream().map(g -> g.article().id()).toList(),
                first.stream().map(o -> o.article().get("id")).toList(),
                "asked for, each outcome carries its stored article");
        assertEquals(3, stored(graphs));
        for (ArticleGraph graph : graphs) {
            assertEquals(
                    2,
                    GraphChecks.single(
                            driver,
                            "MATCH (:Article {id: $id})<-[:ON]-(c:Comment) RETURN count(c)",
                            Map.of("id", graph.article().id())),
                    "each article has its own thread");
            assertEquals(
                    graph.quotes().size(),
                    GraphChecks.single(
                            driver,
                            "MATCH (:Article {id: $id})<-[:QUOTED_IN]-(q:Quote) RETURN count(q)",
                            Map.of("id", graph.article().id())));
        }
        assertEquals(
                1,
                GraphChecks.single(driver, "MATCH (p:Person {name: 'Marisol Teague'}) RETURN count(p)", Map.of()),
                "the articles of one batch meet on one node");

        List<WriteOutcome> again = writer.writeAll(graphs, false);
        assertTrue(again.stream().noneMatch(o -> o.created() || o.replaced()));
        assertTrue(again.stream().allMatch(o -> o.article() == null), "not asked for, no article comes back");
        assertEquals(3, stored(graphs));
    }

    @Test
    void aFailingArticleRollsBackItsBatchAndThenFailsAlone() {
        String run = Long.toString(System.nanoTime());
        // A commenter handle past what the handle index can hold: Neo4j refuses the write.
        ArticleGraph bad = article(run + "bad", "x".repeat(40_000));
        List<ArticleGraph> graphs = List.of(article(run + "a", "reader-one"), bad, article(run + "c", "reader-two"));

        assertThrows(RuntimeException.class, () -> writer.writeAll(graphs, true));
        assertEquals(0, stored(graphs), "nothing of the batch is stored");

        List<Written> written = ingest.storeAll(graphs);
        assertEquals(graphs.get(0).article().id(), written.get(0).articleId());
        assertTrue(written.get(0).created());
        assertNull(written.get(0).failure());
        assertNull(written.get(1).articleId());
        assertNotNull(written.get(1).failure());
        assertEquals(graphs.get(2).article().id(), written.get(2).articleId());
        assertTrue(written.get(2).created());
        assertEquals(2, stored(graphs));
        assertEquals(0, stored(List.of(bad)));
    }

    /**
     * The write statement is planned once and kept (replan=skip in write/article.cypher), so its plan must not depend
     * on the store's counts: every branch starts from a unique-constraint seek or from what the statement already
     * holds (Argument), never from a scan, whatever the store held when it was planned.
     */
    @Test
    void theWritePlanStartsOnlyFromUniqueSeeksSoItStaysGoodAsTheStoreGrows() {
        String write = CypherFile.load("write/article");
        assertTrue(write.contains("CYPHER replan=skip"));
        Plan plan;
        try (var session = driver.session()) {
            plan = session.run("EXPLAIN " + write, Map.of("write", Map.of()))
                    .consume()
                    .plan();
        }
        List<String> leaves = new ArrayList<>();
        collectLeaves(plan, leaves);
        assertTrue(
                leaves.stream().anyMatch(leaf -> leaf.startsWith("NodeUniqueIndexSeek")),
                "the article and the shared nodes are found by their unique ids: " + leaves);
        assertTrue(
                leaves.stream().allMatch(leaf -> leaf.startsWith("NodeUniqueIndexSeek") || leaf.equals("Argument")),
                "no branch of the write starts from a scan: " + leaves);
    }

    private static void collectLeaves(Plan plan, List<String> leaves) {
        if (plan.children().isEmpty()) {
            leaves.add(plan.operatorType().replace("@neo4j", ""));
        }
        plan.children().forEach(child -> collectLeaves(child, leaves));
    }
}
