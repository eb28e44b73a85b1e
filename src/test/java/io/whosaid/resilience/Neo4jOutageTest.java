package io.whosaid.resilience;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.whosaid.graph.GraphConnection;
import io.whosaid.graph.embedded.EmbeddedNeo4j;
import io.whosaid.support.GraphChecks;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.Pause;
import io.whosaid.support.SyntheticArticles;
import io.whosaid.support.SyntheticArticles.Article;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Neo4j goes away under a running service and a write load, then comes back. While it is away every request
 * fails fast with SERVICE_UNAVAILABLE and readiness is DOWN; when it is back the service recovers without a
 * restart (the driver reconnects), and no article is half-written: each one the load sent is either absent or
 * whole, and each one the service acknowledged is there.
 *
 * <p>Runs on the embedded Neo4j (stopped and restarted on the same port and store); skipped on Testcontainers.
 * Neo4j is always running again when this test ends, even when it fails: other test classes share the service.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class Neo4jOutageTest {

    static final String INGEST = "mutation($text: String!, $url: String) {"
            + " ingestArticle(input: {text: $text, url: $url}) { created article { id } } }";
    static final String LIST = "{ articles(first: 5) { totalCount edges { node { id title } } } }";
    static final String ONE =
            "query($id: ID!) { article(id: $id) { title comments(first: 100) { totalCount edges { node { number author { handle } } } } } }";
    /** Well under what a client would wait; the driver's connection and retry settings decide it. */
    static final Duration FAST = Duration.ofSeconds(5);

    static final String SITE = "outage.example";
    /**
     * What a client may get while Neo4j is away or coming back: unavailable, or (just after a restart, while
     * Neo4j recovers its store and indexes) a query stopped by its time limit. Both say "try again".
     */
    static final List<String> RETRY_LATER = List.of("SERVICE_UNAVAILABLE", "TIMEOUT");

    @Inject
    GraphConnection connection;

    @Inject
    Driver driver;

    @Test
    void stoppedNeo4jFailsFastThenRecoversWithNoHalfWrittenArticle() throws Exception {
        assertOutageAndRecovery(false);
    }

    @Test
    void killedNeo4jFailsFastThenRecoversWithNoHalfWrittenArticle() throws Exception {
        assertOutageAndRecovery(true);
    }

    private void assertOutageAndRecovery(boolean kill) throws Exception {
        EmbeddedNeo4j neo4j = connection.embedded().orElse(null);
        assumeTrue(neo4j != null, "Neo4j is not embedded (Testcontainers): this service cannot stop it");
        String keyPrefix = (kill ? "kill" : "stop") + "/";
        String prefix = "https://" + SITE + "/story/" + keyPrefix;
        Article known = SyntheticArticles.article(
                new Random(kill ? 1 : 2),
                SITE,
                "known-before-" + (kill ? "kill" : "stop"),
                List.of("Outage Observer"),
                List.of("night_owl", "Backup Bea"),
                5);
        String knownId = GraphQL.data(INGEST, GraphQL.vars("text", known.text(), "url", known.url()))
                .getString("data.ingestArticle.article.id");

        WriteLoad load = new WriteLoad(keyPrefix, kill ? 11 : 12);
        Duration recovery;
        long slowestFailure = 0;
        long readiness;
        try {
            try {
                load.awaitAcknowledged(3, Duration.ofSeconds(60));
                load.event(kill ? "killing Neo4j" : "stopping Neo4j");
                if (kill) {
                    neo4j.kill();
                } else {
                    neo4j.close();
                }
                load.event("Neo4j is down");
                for (int round = 0; round < 3; round++) {
                    slowestFailure = Math.max(slowestFailure, assertFailsFast(LIST, Map.of()));
                    slowestFailure = Math.max(slowestFailure, assertFailsFast(ONE, GraphQL.vars("id", knownId)));
                    Article probe = SyntheticArticles.article(
                            new Random(round),
                            SITE,
                            "probe-" + kill + round,
                            List.of("Outage Observer"),
                            List.of("night_owl"),
                            3);
                    slowestFailure = Math.max(
                            slowestFailure,
                            assertFailsFast(INGEST, GraphQL.vars("text", probe.text(), "url", probe.url())));
                }
                long began = System.nanoTime();
                Response ready = given().when().get("/q/health/ready");
                readiness = elapsed(began).toMillis();
                assertTrue(elapsed(began).compareTo(FAST) < 0, "readiness answers fast: " + elapsed(began));
                assertEquals(503, ready.statusCode(), ready.asString());
                assertEquals("DOWN", ready.jsonPath().getString("status"));
            } finally {
                if (!neo4j.isRunning()) {
                    load.event("restarting Neo4j");
                    neo4j.restart();
                    load.event("Neo4j is back");
                }
            }
            recovery = awaitRecovery(Duration.ofSeconds(90));
            load.event("reads work again");
            load.awaitAcknowledgedAfterRecovery(2, Duration.ofSeconds(60));
        } finally {
            load.stop();
        }
        assertEquals(
                List.of(),
                load.unexpected,
                "every failure during the outage says try again later; events: " + load.events);
        assertEquals(200, given().when().get("/q/health/ready").statusCode(), "ready again");
        assertEquals(
                known.commentCount(),
                GraphQL.data(ONE, GraphQL.vars("id", knownId)).getInt("data.article.comments.totalCount"),
                "what was there before is still there");

        Map<String, Long> stored = GraphChecks.commentCountsByUrl(driver, prefix);
        for (var entry : stored.entrySet()) {
            assertEquals(load.sent.get(entry.getKey()), entry.getValue(), "whole or absent: " + entry.getKey());
        }
        for (String url : load.acknowledged) {
            assertTrue(stored.containsKey(url), "an acknowledged article survives the outage: " + url);
        }
        assertEquals(Map.of(), nonZero(GraphChecks.duplicateIds(driver)), "labels with duplicate ids");
        System.out.printf(
                "Outage (%s): %d articles acknowledged, %d stored, %d failed with SERVICE_UNAVAILABLE or TIMEOUT;"
                        + " probes failed in at most %d ms, readiness DOWN in %d ms; recovered %d ms after Neo4j was back%n",
                kill ? "kill" : "stop",
                load.acknowledged.size(),
                stored.size(),
                load.retryLater.get(),
                slowestFailure,
                readiness,
                recovery.toMillis());
    }

    private static long assertFailsFast(String query, Map<String, Object> variables) {
        long began = System.nanoTime();
        JsonPath json = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> GraphQL.post(query, variables));
        Duration took = elapsed(began);
        assertEquals("SERVICE_UNAVAILABLE", json.getString("errors[0].extensions.code"), json.prettify());
        assertTrue(took.compareTo(FAST) < 0, "failed in " + took.toMillis() + " ms: " + query);
        assertTrue(!json.prettify().contains("\tat "), "no stack trace");
        return took.toMillis();
    }

    /**
     * Polls a read until it succeeds again; how long that took once Neo4j was back. While Neo4j is still
     * starting (its Bolt port open, its databases not yet) a request may wait for it, on a loaded machine longer
     * than the test client's read timeout; such a request counts as "not yet", within the overall limit.
     */
    private static Duration awaitRecovery(Duration limit) {
        long began = System.nanoTime();
        while (true) {
            JsonPath json;
            try {
                json = GraphQL.post(LIST, Map.of());
            } catch (RuntimeException slow) {
                System.out.println("Recovery: a read got no answer while Neo4j was starting: " + slow);
                assertTrue(elapsed(began).compareTo(limit) < 0, "no recovery within " + limit);
                continue;
            }
            List<Object> errors = json.getList("errors");
            if (errors == null || errors.isEmpty()) {
                return elapsed(began);
            }
            assertTrue(RETRY_LATER.contains(json.getString("errors[0].extensions.code")), json.prettify());
            assertTrue(elapsed(began).compareTo(limit) < 0, "no recovery within " + limit);
            Pause.millis(200);
        }
    }

    private static Duration elapsed(long beganNanos) {
        return Duration.ofNanos(System.nanoTime() - beganNanos);
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> nonZero = new java.util.HashMap<>(counts);
        nonZero.values().removeIf(v -> v == 0);
        return nonZero;
    }

    /**
     * Three clients ingesting new articles with long threads (so a stop is likely to land inside a write)
     * until stopped; what each sent, what the service acknowledged, and any failure that is not
     * SERVICE_UNAVAILABLE or TIMEOUT.
     */
    static final class WriteLoad {
        final Map<String, Long> sent = new ConcurrentHashMap<>();
        final List<String> acknowledged = new CopyOnWriteArrayList<>();
        final List<String> unexpected = new CopyOnWriteArrayList<>();
        final AtomicInteger retryLater = new AtomicInteger();
        final AtomicInteger acknowledgedAfterRecovery = new AtomicInteger();
        private final AtomicBoolean recovered = new AtomicBoolean();
        private final AtomicBoolean running = new AtomicBoolean(true);
        static final int CLIENTS = 3;
        final List<String> events = new CopyOnWriteArrayList<>();
        private final long startedNanos = System.nanoTime();
        private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);

        WriteLoad(String keyPrefix, long seed) {
            for (int client = 0; client < CLIENTS; client++) {
                Random random = new Random(seed * 100 + client);
                int id = client;
                // Each client has its own publisher and commenters: this test is about the outage, not about
                // writers queueing on shared nodes (ConcurrentIngestTest covers that).
                List<String> publishers = List.of("Outage Observer " + client);
                List<String> handles = List.of("night_owl_" + client, "Backup Bea " + client, "replica_rick_" + client);
                pool.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        Article article = SyntheticArticles.article(
                                random, SITE, keyPrefix + id + "-" + n, publishers, handles, 100 + random.nextInt(100));
                        sent.put(article.url(), (long) article.commentCount());
                        long began = System.nanoTime();
                        try {
                            JsonPath json =
                                    GraphQL.post(INGEST, GraphQL.vars("text", article.text(), "url", article.url()));
                            List<Object> errors = json.getList("errors");
                            if (errors == null || errors.isEmpty()) {
                                acknowledged.add(article.url());
                                if (recovered.get()) {
                                    acknowledgedAfterRecovery.incrementAndGet();
                                }
                            } else if (RETRY_LATER.contains(json.getString("errors[0].extensions.code"))) {
                                retryLater.incrementAndGet();
                                Thread.sleep(100);
                            } else {
                                unexpected.add(article.url() + " (sent at " + since(began) + "): " + errors);
                            }
                        } catch (Throwable e) {
                            unexpected.add(article.url() + " (sent at " + since(began) + "): " + e);
                        }
                    }
                    return null;
                });
            }
        }

        void event(String what) {
            events.add(what + " at " + since(System.nanoTime()));
        }

        private String since(long nanos) {
            return (nanos - startedNanos) / 1_000_000 + " ms";
        }

        void awaitAcknowledged(int count, Duration limit) {
            long deadline = System.nanoTime() + limit.toNanos();
            while (acknowledged.size() < count) {
                assertTrue(System.nanoTime() < deadline, "the load wrote nothing within " + limit + ": " + unexpected);
                Pause.millis(50);
            }
        }

        void awaitAcknowledgedAfterRecovery(int count, Duration limit) {
            recovered.set(true);
            long deadline = System.nanoTime() + limit.toNanos();
            while (acknowledgedAfterRecovery.get() < count) {
                assertTrue(System.nanoTime() < deadline, "writes did not resume within " + limit + ": " + unexpected);
                Pause.millis(50);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "the load stops");
        }
    }
}
