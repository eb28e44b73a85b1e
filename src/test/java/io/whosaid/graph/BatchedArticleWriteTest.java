package io.whosaid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

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
        List<WriteOutcome> first = writer.writeAll(graphs);
        assertEquals(
                graphs.stream().map(g -> g.article().id()).toList(),
                first.stream().map(WriteOutcome::articleId).toList());
        assertTrue(first.stream().allMatch(WriteOutcome::created));
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

        List<WriteOutcome> again = writer.writeAll(graphs);
        assertTrue(again.stream().noneMatch(o -> o.created() || o.replaced()));
        assertEquals(3, stored(graphs));
    }

    @Test
    void aFailingArticleRollsBackItsBatchAndThenFailsAlone() {
        String run = Long.toString(System.nanoTime());
        // A commenter handle past what the handle index can hold: Neo4j refuses the write.
        ArticleGraph bad = article(run + "bad", "x".repeat(40_000));
        List<ArticleGraph> graphs = List.of(article(run + "a", "reader-one"), bad, article(run + "c", "reader-two"));

        assertThrows(RuntimeException.class, () -> writer.writeAll(graphs));
        assertEquals(0, stored(graphs), "nothing of the batch is stored");

        List<Written> written = ingest.storeAll(graphs);
        assertNotNull(written.get(0).result());
        assertTrue(written.get(0).result().created());
        assertNull(written.get(1).result());
        assertNotNull(written.get(1).failure());
        assertTrue(written.get(2).result().created());
        assertEquals(2, stored(graphs));
        assertEquals(0, stored(List.of(bad)));
        assertFalse(written.get(2).result().article().id().equals(bad.article().id()));
    }
}
