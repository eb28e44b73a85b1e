package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.errorCode;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.GraphChecks;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.Pages;
import io.whosaid.support.Pause;
import io.whosaid.support.SyntheticArticles;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** ingestBatch and ingestJob over HTTP against the real service and Neo4j: progress, per-item results, paging. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class IngestBatchTest {

    @Inject
    Driver driver;

    static final String SUBMIT =
            "mutation($inputs: [ArticleTextInput!]!) { ingestBatch(inputs: $inputs) { id state total } }";
    static final String JOB = """
            query($id: ID!, $first: Int, $after: String) {
              ingestJob(id: $id) { id state total done failed created
                items(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
                  edges { cursor node { index status articleId code message } } } }
            }""";

    static final String SALT_PANS = """
            Salt Pans at Wrenhaven to Close After Two Centuries

            The last harvest is planned for September

            The Wrenhaven salt works will close after its last harvest in September, its owner, Dagny Holloway, said on Friday.

            “The sea has been kind to us for two hundred years,” Holloway said.

            Source: Wrenhaven Courier
            """;

    private static int articles() {
        return data("{ articles(first: 1) { totalCount } }").getInt("data.articles.totalCount");
    }

    private static JsonPath waitForDone(String id) {
        long deadline = System.currentTimeMillis() + 300_000; // generous: a loaded shared machine
        while (true) {
            JsonPath job = data(JOB, vars("id", id, "first", 10));
            if (job.getString("data.ingestJob.state").equals("DONE") || System.currentTimeMillis() > deadline) {
                return job;
            }
            Pause.millis(200);
        }
    }

    @Test
    void eachItemHasItsOwnResultAndABadOneFailsAlone() {
        int before = articles();
        List<Map<String, Object>> inputs = List.of(
                Map.of("text", SALT_PANS),
                Map.of("json", "{\"title\": \"Half an article"),
                Map.of("text", SALT_PANS, "publishedAt", "2026-05-09"),
                Map.of("text", SALT_PANS, "html", "<p>two formats</p>"));
        JsonPath submitted = data(SUBMIT, vars("inputs", inputs));
        String id = submitted.getString("data.ingestBatch.id");
        assertEquals(4, submitted.getInt("data.ingestBatch.total"));

        JsonPath job = waitForDone(id);
        assertEquals("DONE", job.getString("data.ingestJob.state"));
        assertEquals(4, job.getInt("data.ingestJob.done"));
        assertEquals(2, job.getInt("data.ingestJob.failed"));
        assertEquals(1, job.getInt("data.ingestJob.created"));
        String items = "data.ingestJob.items.edges.node.";
        assertEquals(List.of(0, 1, 2, 3), job.getList(items + "index"));
        assertEquals("MALFORMED_JSON", job.getString(items + "code[1]"));
        assertTrue(job.getString(items + "message[1]").startsWith("The JSON does not parse"));
        assertEquals("BAD_INPUT", job.getString(items + "code[3]"));
        List<String> statuses = job.getList(items + "status");
        assertEquals(
                List.of("CREATED", "EXISTED"),
                List.of(statuses.get(0), statuses.get(2)).stream().sorted().toList(),
                "the same text twice is one article, whichever worker got there first");
        assertNotNull(job.getString(items + "articleId[0]"));
        assertEquals(job.getString(items + "articleId[0]"), job.getString(items + "articleId[2]"));
        assertEquals(before + 1, articles());
        assertEquals(
                "Salt Pans at Wrenhaven to Close After Two Centuries",
                data(
                                "query($id: ID!) { article(id: $id) { title } }",
                                vars("id", job.getString(items + "articleId[0]")))
                        .getString("data.article.title"));
    }

    /**
     * Two jobs at once whose articles all draw on one small cast (the same people, organizations, publisher and
     * commenters), with one url sent twice in different versions in each job: the two writers meet on the shared nodes
     * (one waits for the other's locks, a deadlock between them is retried), and still every item lands, each article
     * once with its whole comment thread, and no node twice.
     */
    @Test
    void twoJobsOnOneCastBothLandWholeThroughTheWriters() {
        Random random = new Random(35);
        List<String> ids = new ArrayList<>();
        for (int job = 0; job < 2; job++) {
            List<Map<String, Object>> inputs = new ArrayList<>();
            // Small jobs: on a loaded machine a write that waits for the other writer's locks still ends well within
            // the write timeout (whosaid.neo4j.write-timeout).
            for (int i = 0; i < 12; i++) {
                // each job also carries a second version of its first article's url, as its last item
                String key = i == 11 ? "cast-" + job + "-0" : "cast-" + job + "-" + i;
                SyntheticArticles.Article article = SyntheticArticles.article(
                        random, "cast.example", key, List.of("Cast Courier"), List.of("reader_a", "reader_b"), 4);
                inputs.add(Map.of("text", article.text(), "url", article.url()));
            }
            ids.add(data(SUBMIT, vars("inputs", inputs)).getString("data.ingestBatch.id"));
        }
        for (String id : ids) {
            JsonPath job = waitForDone(id);
            assertEquals("DONE", job.getString("data.ingestJob.state"));
            assertEquals(0, job.getInt("data.ingestJob.failed"), job.prettify());
            assertEquals(11, job.getInt("data.ingestJob.created"), "the second version of a url replaces the first");
        }
        assertTrue(
                GraphChecks.duplicateIds(driver).values().stream().allMatch(count -> count == 0),
                "no node written twice: " + GraphChecks.duplicateIds(driver));
        assertEquals(
                22L,
                GraphChecks.single(
                        driver,
                        "MATCH (a:Article) WHERE a.url STARTS WITH 'https://cast.example/' RETURN count(a) AS n",
                        Map.of()));
        assertEquals(
                22L * 4,
                GraphChecks.single(
                        driver,
                        "MATCH (a:Article)<-[:ON]-(c:Comment) WHERE a.url STARTS WITH 'https://cast.example/' "
                                + "RETURN count(c) AS n",
                        Map.of()),
                "each article has its own whole thread (a replaced one's thread went with its text)");
    }

    /**
     * Bad input of every kind in one batch: each item fails alone with its own code and a reason, and nothing of any
     * of them is written (the graph's node and relationship counts do not move). Broken but readable HTML is not bad
     * input: its article goes in.
     */
    @Test
    void badItemsOfEveryKindFailAloneAndWriteNothing() {
        String graphCount = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) * 1000000 + count(r)";
        long before = GraphChecks.single(driver, graphCount, Map.of());
        List<Map<String, Object>> inputs = List.of(
                Map.of("html", Pages.read("no-article.html")),
                Map.of("json", "{\"title\": \"Cut off"),
                Map.of("json", "{\"text\": \"No title here.\"}"),
                Map.of("text", "A title\n\n" + "word ".repeat(1_048_576 / 5 + 10)),
                Map.of("html", "\u0000\u0001\u0002 not a page \u0003"),
                Map.of("text", SALT_PANS, "url", "ftp://example.org/salt"));
        JsonPath job = waitForDone(data(SUBMIT, vars("inputs", inputs)).getString("data.ingestBatch.id"));
        String items = "data.ingestJob.items.edges.node.";
        assertEquals(6, job.getInt("data.ingestJob.failed"), job.prettify());
        assertEquals(
                List.of("NO_ARTICLE", "MALFORMED_JSON", "MALFORMED_JSON", "TOO_LARGE", "BAD_INPUT", "BAD_INPUT"),
                job.getList(items + "code"),
                job.prettify());
        job.<String>getList(items + "message").forEach(message -> {
            assertFalse(message == null || message.isBlank() || message.contains("Exception"), job.prettify());
        });
        assertEquals(before, GraphChecks.single(driver, graphCount, Map.of()), "nothing of a failed item was written");

        JsonPath broken = waitForDone(data(SUBMIT, vars("inputs", List.of(Map.of("html", Pages.read("broken.html")))))
                .getString("data.ingestBatch.id"));
        assertEquals(List.of("CREATED"), broken.getList(items + "status"), broken.prettify());
    }

    @Test
    void itemsArePagedInInputOrder() {
        List<Map<String, Object>> inputs =
                List.of(Map.of("json", "not json"), Map.of("json", "[]"), Map.of("json", "{}"));
        String id = data(SUBMIT, vars("inputs", inputs)).getString("data.ingestBatch.id");
        waitForDone(id);
        JsonPath first = data(JOB, vars("id", id, "first", 2));
        assertEquals(3, first.getInt("data.ingestJob.items.totalCount"));
        assertEquals(List.of(0, 1), first.getList("data.ingestJob.items.edges.node.index"));
        assertTrue(first.getBoolean("data.ingestJob.items.pageInfo.hasNextPage"));
        JsonPath second = data(
                JOB, vars("id", id, "first", 2, "after", first.getString("data.ingestJob.items.pageInfo.endCursor")));
        assertEquals(List.of(2), second.getList("data.ingestJob.items.edges.node.index"));
        assertFalse(second.getBoolean("data.ingestJob.items.pageInfo.hasNextPage"));
        assertEquals(List.of("MALFORMED_JSON"), second.getList("data.ingestJob.items.edges.node.code"));
    }

    @Test
    void badBatchesAndUnknownJobs() {
        assertEquals("BAD_INPUT", errorCode(SUBMIT, vars("inputs", List.of())));
        assertNull(data(JOB, vars("id", "no-such-job")).getString("data.ingestJob"));
        var anonymous = GraphQL.postAs(null, SUBMIT, vars("inputs", List.of(Map.of("text", SALT_PANS))));
        assertEquals("UNAUTHENTICATED", anonymous.jsonPath().getString("errors[0].extensions.code"));
    }

    /**
     * A 100-article batch is read into inputs on a worker thread, not on the event loop: the CPU time the service's
     * event-loop threads spend while the batch is submitted stays small (SmallRye's argument conversion once took
     * seconds there, during which no other request was served). CPU time of those threads, not wall time, so that
     * the other processes of a shared machine do not count.
     */
    @Test
    void aBigBatchIsConvertedOffTheEventLoop() {
        Random random = new Random(18);
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            SyntheticArticles.Article article = SyntheticArticles.article(
                    random, "loop.example", "loop-" + i, List.of("Loop Ledger"), List.of("reader_a", "reader_b"), 20);
            inputs.add(Map.of("text", article.text(), "url", article.url()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long loopBefore = eventLoopCpuNanos(threads);
        JsonPath job = data(SUBMIT, vars("inputs", inputs));
        long loopMillis = (eventLoopCpuNanos(threads) - loopBefore) / 1_000_000;
        assertEquals(100, job.getInt("data.ingestBatch.total"));
        System.out.printf(
                "ingestBatch of 100 articles: event-loop threads used %d ms of CPU while it was submitted%n",
                loopMillis);
        assertTrue(loopMillis < 1000, "the event loop is not where the batch is converted: " + loopMillis + " ms");
        assertEquals("DONE", waitForDone(job.getString("data.ingestBatch.id")).getString("data.ingestJob.state"));
    }

    private static long eventLoopCpuNanos(ThreadMXBean threads) {
        long total = 0;
        for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
            if (info.getThreadName().startsWith("vert.x-eventloop-thread-")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }
}
