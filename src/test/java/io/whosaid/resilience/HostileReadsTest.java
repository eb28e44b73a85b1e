package io.whosaid.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.whosaid.api.direct.DirectReads;
import io.whosaid.graph.DatabaseErrors;
import io.whosaid.graph.GraphConnection;
import io.whosaid.graph.ListSizeStatistics;
import io.whosaid.graph.embedded.EmbeddedNeo4j;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.SkewedGraph;
import io.whosaid.support.SyntheticArticles;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Reads written to hurt, on a graph with skewed degrees (a commenter with thousands of comments, articles of
 * half a megabyte): the embedded Neo4j stays up (the same process, not a restarted one), normal clients keep
 * being served, and each abusive request fails alone with its own code.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class HostileReadsTest {

    /** The request: estimated at 12,000 by a fixed fan-out, it walks the prolific commenter's comments and back. */
    static final String FAN_OUT = "query($id: ID!) { article(id: $id) { comments(first: 100) { edges { node { author {"
            + " comments { article { comments(first: 100) { edges { node { text } } } } } } } } } } }";

    static final String LIST = "{ articles(first: 10) { edges { node { id title publisher { name } } } } }";
    static final String ONE =
            "query($id: ID!) { article(id: $id) { title comments(first: 100) { totalCount edges { node { number author { handle } } } } } }";
    static final String INGEST = "mutation($text: String!, $url: String) {"
            + " ingestArticle(input: {text: $text, url: $url}) { created } }";
    static final Set<String> ABUSE_CODES =
            Set.of("QUERY_TOO_COMPLEX", "QUERY_TOO_EXPENSIVE", "RESPONSE_TOO_LARGE", "RATE_LIMITED", "TIMEOUT");
    static final int BIG_ARTICLE_BYTES = 600_000;
    static final String WALKED_ARTICLE = "The Walk\n\nA story for the walk\n\n"
            + "\u201cThe port needs a new wall,\u201d said Maria Lindqvist, the harbour director."
            + " \u201cMaria Lindqvist is right about the wall,\u201d said Tomas Berg, the mayor.\n";

    @Inject
    GraphConnection connection;

    @Inject
    Driver driver;

    @Inject
    ListSizeStatistics statistics;

    @Inject
    DirectReads direct;

    @Test
    void queriesOverTheMemoryLimitAreStoppedAndNeo4jStaysUp() throws Exception {
        EmbeddedNeo4j neo4j = connection.embedded().orElse(null);
        assumeTrue(neo4j != null, "Neo4j is not embedded");
        long pid = neo4j.pid();
        // Each would hold about 20 M integers (hundreds of MB): over one transaction's share of a 512 MB heap.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<RuntimeException>> failures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            failures.add(pool.submit(() -> {
                try (Session session = driver.session()) {
                    session.run("UNWIND range(1, 20000000) AS x RETURN size(collect(x)) AS n")
                            .consume();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        for (Future<RuntimeException> failure : failures) {
            RuntimeException e = failure.get(5, TimeUnit.MINUTES);
            assertTrue(e != null && DatabaseErrors.isTooExpensive(e), "stopped by a memory limit: " + e);
        }
        pool.shutdown();
        assertTrue(neo4j.isRunning() && neo4j.pid() == pid, "the same Neo4j process is still running");
        GraphQL.data(LIST);
    }

    @Test
    void abusiveReadsFailAloneWhileNormalClientsAreServed() throws Exception {
        EmbeddedNeo4j neo4j = connection.embedded().orElse(null);
        List<String> skewed = SkewedGraph.ensureProlificCommenter();
        List<String> big = SkewedGraph.ensureBigArticles(3, BIG_ARTICLE_BYTES);
        statistics.refresh();
        long pid = neo4j == null ? -1 : neo4j.pid();

        // Five aliases of each big article: about 9 MB of text, refused for its cost (each counts as the longest
        // article text the graph holds) before it runs.
        StringBuilder bigText = new StringBuilder("query($a: ID!, $b: ID!, $c: ID!) {");
        for (int i = 0; i < 5; i++) {
            bigText.append(" a")
                    .append(i)
                    .append(": article(id: $a) { text } b")
                    .append(i)
                    .append(": article(id: $b) { text } c")
                    .append(i)
                    .append(": article(id: $c) { text }");
        }
        String bigTexts = bigText.append(" }").toString();
        Map<String, Object> bigIds = GraphQL.vars("a", big.get(0), "b", big.get(1), "c", big.get(2));

        ConcurrentMap<String, AtomicInteger> abuseOutcomes = new ConcurrentHashMap<>();
        List<String> unclear = new CopyOnWriteArrayList<>();
        List<Long> normalMillis = Collections.synchronizedList(new ArrayList<>());
        List<String> normalFailures = new CopyOnWriteArrayList<>();
        AtomicInteger writes = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<?>> clients = new ArrayList<>();
        for (int client = 0; client < 6; client++) {
            int id = client;
            clients.add(pool.submit(() -> {
                for (int n = 0; System.nanoTime() < end; n++) {
                    boolean fanOut = (id + n) % 2 == 0;
                    Response response = fanOut
                            ? GraphQL.postAs(null, FAN_OUT, GraphQL.vars("id", skewed.get(n % skewed.size())))
                            : GraphQL.postAs(null, bigTexts, bigIds);
                    String code = response.jsonPath().getString("errors[0].extensions.code");
                    if (code == null
                            || !ABUSE_CODES.contains(code)
                            || response.asString().contains("\tat ")) {
                        unclear.add(response.statusCode() + " "
                                + response.asString()
                                        .substring(
                                                0,
                                                Math.min(
                                                        300, response.asString().length())));
                    }
                    abuseOutcomes
                            .computeIfAbsent((fanOut ? "fan-out " : "big text ") + code, k -> new AtomicInteger())
                            .incrementAndGet();
                }
                return null;
            }));
        }
        for (int client = 0; client < 3; client++) {
            int id = client;
            clients.add(pool.submit(() -> {
                for (int n = 0; System.nanoTime() < end; n++) {
                    long began = System.nanoTime();
                    Response response = n % 2 == 0
                            ? GraphQL.postAs(GraphQL.READER_KEY, LIST, Map.of())
                            : GraphQL.postAs(
                                    GraphQL.READER_KEY, ONE, GraphQL.vars("id", skewed.get((id + n) % skewed.size())));
                    normalMillis.add((System.nanoTime() - began) / 1_000_000);
                    if (response.statusCode() != 200 || response.jsonPath().get("errors") != null) {
                        normalFailures.add(response.statusCode() + " " + response.asString());
                    }
                }
                return null;
            }));
        }
        clients.add(pool.submit(() -> {
            Random random = new Random(7);
            for (int n = 0; System.nanoTime() < end; n++) {
                SyntheticArticles.Article article = SyntheticArticles.article(
                        random,
                        "calm.example",
                        "calm-" + n,
                        List.of("Calm Gazette"),
                        List.of("reader_one", "reader_two"),
                        5);
                Response response = GraphQL.postAs(
                        GraphQL.EDITOR_KEY, INGEST, GraphQL.vars("text", article.text(), "url", article.url()));
                if (response.statusCode() == 200 && response.jsonPath().get("errors") == null) {
                    writes.incrementAndGet();
                } else {
                    normalFailures.add("write: " + response.statusCode() + " " + response.asString());
                }
            }
            return null;
        }));
        for (Future<?> client : clients) {
            client.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<Long> sorted = new ArrayList<>(normalMillis);
        Collections.sort(sorted);
        int reads = sorted.size();
        double served = reads == 0
                ? 0
                : 100.0
                        * (reads
                                - normalFailures.stream()
                                        .filter(f -> !f.startsWith("write"))
                                        .count())
                        / reads;
        System.out.printf(
                "Hostile reads: abusive outcomes %s; normal reads %d, %.1f%% served, p50 %d ms, p99 %d ms,"
                        + " max %d ms; writes acknowledged %d; normal failures %s%n",
                new TreeMap<>(abuseOutcomes),
                reads,
                served,
                percentile(sorted, 50),
                percentile(sorted, 99),
                reads == 0 ? 0 : sorted.get(reads - 1),
                writes.get(),
                normalFailures.subList(0, Math.min(5, normalFailures.size())));

        assertEquals(List.of(), unclear, "every abusive request gets one of " + ABUSE_CODES);
        assertTrue(
                abuseOutcomes.keySet().stream().anyMatch(k -> k.startsWith("fan-out QUERY_TOO_COMPLEX")),
                "the fan-out is refused for its cost from the data: " + abuseOutcomes);
        assertTrue(
                abuseOutcomes.keySet().stream().anyMatch(k -> k.startsWith("big text QUERY_TOO_COMPLEX")),
                "the big texts are refused for their cost from the data: " + abuseOutcomes);
        assertTrue(reads >= 10, "normal clients got through: " + reads);
        assertTrue(served >= 95.0, "at least 95% of normal reads served: " + served + "% " + normalFailures);
        assertTrue(writes.get() >= 1, "writes go on");
        if (neo4j != null) {
            assertTrue(neo4j.isRunning() && neo4j.pid() == pid, "the same Neo4j process is still running");
        }
    }

    /**
     * Issue 17's walk passes, 30 pages of long texts are refused by their cost, and an answer that gets past the
     * estimate but is over the byte budget is cut off while it is written (the test profile gives anonymous callers
     * 1 MB; two copies of a 600 KB text cost at most 2 x (2 + 1 MB / 500) whatever else the graph holds, as no
     * article text is longer than the 1 MB an ingest takes).
     */
    @Test
    void costCountsTheDataAndTheByteBudgetCutsOffWhatGetsPast() {
        List<String> big = SkewedGraph.ensureBigArticles(3, BIG_ARTICLE_BYTES);
        String person = GraphQL.data(
                        "mutation($t: String!) { ingestArticle(input: {text: $t}) { article {"
                                + " people { edges { node { id } } } } } }",
                        GraphQL.vars("t", WALKED_ARTICLE))
                .getString("data.ingestArticle.article.people.edges[0].node.id");
        statistics.refresh();

        JsonPath walk = GraphQL.data(
                "query($id: ID!) { person(id: $id) { said(first: 20) { edges { node { about {"
                        + " ... on Person { quotedAbout(first: 20) { edges { node { speaker { name } } } } } } } } } } }",
                GraphQL.vars("id", person));
        assertTrue(walk.getMap("data.person") != null, "the walk is answered: " + walk.prettify());

        StringBuilder pages = new StringBuilder("{");
        for (int i = 0; i < 30; i++) {
            pages.append(" a").append(i).append(": articles(first: 100) { edges { node { text } } }");
        }
        Response refused = GraphQL.postAs(GraphQL.READER_KEY, pages.append(" }").toString(), Map.of());
        assertEquals(
                "QUERY_TOO_COMPLEX",
                refused.jsonPath().getString("errors[0].extensions.code"),
                "30 pages holding three 600 KB texts each cost over 100,000: " + refused.asString());

        long directBefore = direct.answered();
        Response cut = GraphQL.postAs(
                null,
                "query($a: ID!, $b: ID!) { a: article(id: $a) { text }" + " b: article(id: $b) { text } }",
                GraphQL.vars("a", big.get(0), "b", big.get(1)));
        assertEquals("RESPONSE_TOO_LARGE", cut.jsonPath().getString("errors[0].extensions.code"), cut.asString());
        assertTrue(cut.asString().length() < 1000, "the answer is the error alone");
        assertTrue(direct.answered() > directBefore, "the direct execution read it, and its answer was cut off");
    }

    /** What the tests here add that would make other test classes' requests costlier: the skewed site's articles. */
    @AfterEach
    void removeTheSkewedGraph() {
        try (Session session = driver.session()) {
            session.run("""
                    MATCH (a:Article) WHERE a.url STARTS WITH $site
                    OPTIONAL MATCH (a)<-[:ON]-(c:Comment)
                    OPTIONAL MATCH (a)<-[:QUOTED_IN]-(q:Quote)
                    DETACH DELETE a, c, q""", Map.of("site", "https://" + SkewedGraph.SITE + "/"))
                    .consume();
        }
        statistics.refresh();
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
