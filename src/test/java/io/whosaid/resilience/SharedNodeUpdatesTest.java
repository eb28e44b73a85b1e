package io.whosaid.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraph.ArticleRow;
import io.whosaid.ingest.resolve.ArticleGraph.EntityRow;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Articles written at the same moment that add to the same shared node. Each writer reads the node's aliases
 * and stores them with its own added; a writer that read the list before another committed its addition
 * would store a list without it. The write must read the list under the node's lock, so every alias sent is
 * kept however the writers interleave.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class SharedNodeUpdatesTest {

    static final int WRITERS = 16;
    static final int ROUNDS = 4;

    @Inject
    ArticleWriter writer;

    @Inject
    Driver driver;

    @Test
    void aliasesThatConcurrentArticlesAddToOnePersonAreAllKept() throws Exception {
        String personId = "person:quillon-ardwyn";
        TreeSet<String> sent = new TreeSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<ArticleGraph> articles = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String alias = "Ardwyn form " + round + "-" + i;
                sent.add(alias);
                articles.add(articleNaming(personId, "Quillon Ardwyn", alias, "shared-node-" + round + "-" + i));
            }
            writeAllAtOnce(articles);
        }

        List<String> stored = driver.executableQuery("MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases")
                .withParameters(Map.of("id", personId))
                .execute()
                .records()
                .get(0)
                .get("aliases")
                .asList(v -> v.asString());
        assertEquals(sent, new TreeSet<>(stored), "every alias sent is kept, once");
        assertEquals(stored.size(), new TreeSet<>(stored).size(), "no alias is stored twice");
    }

    private void writeAllAtOnce(List<ArticleGraph> articles) throws Exception {
        CyclicBarrier start = new CyclicBarrier(articles.size());
        ExecutorService pool = Executors.newFixedThreadPool(articles.size());
        try {
            assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
                List<Future<?>> futures = new ArrayList<>();
                for (ArticleGraph article : articles) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return writer.write(article);
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            });
        } finally {
            pool.shutdownNow();
        }
    }

    /** A minimal article (no quotes, no comments) that names one person by one extra form. */
    private static ArticleGraph articleNaming(String personId, String name, String alias, String key) {
        String url = "https://shared-node.example/story/" + key;
        ArticleRow article = new ArticleRow(
                "article:" + key,
                url,
                "Story " + key,
                null,
                "2024-05-01",
                name + " spoke on Tuesday. " + alias + " said little else.",
                "hash-" + key,
                List.of());
        EntityRow person = new EntityRow(personId, name, List.of(alias), null, null, 2);
        return new ArticleGraph(article, null, List.of(person), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
