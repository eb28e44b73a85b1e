package io.whosaid.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.Pause;
import io.whosaid.support.Scrape;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The metrics, scraped from the management interface after real requests against the real Neo4j, parsed as the
 * Prometheus text format: each named series moved as the requests said it should.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class MetricsTest {

    static final String REQUESTS = "whosaid_graphql_request_seconds";
    /** 13 levels, one over the default limit (LimitsTest tests the limit itself). */
    static final String THIRTEEN_DEEP = "{ articles(first: 1) { edges { node { quotes { edges { node { speaker {"
            + " ... on Person { said(first: 1) { edges { node { about { ... on Person { said(first: 1) { totalCount } } } } } } }"
            + " } } } } } } } }";

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void aServedQueryIsCountedByOperationTypeAndOutcomeWithItsCostAndItsCypher() {
        Map<String, String> series = Map.of("operation", "MetricsArticles", "type", "query", "outcome", "ok");
        Scrape before = Scrape.of(metrics);
        GraphQL.data("query MetricsArticles { articles(first: 2) { totalCount edges { node { id title } } } }");
        GraphQL.data("query MetricsArticles { articles(first: 2) { totalCount } }");
        Scrape after = Scrape.of(metrics);
        assertEquals(before.value(REQUESTS, series) + 2, after.value(REQUESTS, series));
        assertTrue(after.value("whosaid_graphql_request_cost") >= before.value("whosaid_graphql_request_cost") + 2);
        assertTrue(after.value("whosaid_neo4j_query_seconds", Map.of("family", "root_read", "outcome", "ok"))
                >= before.value("whosaid_neo4j_query_seconds", Map.of("family", "root_read", "outcome", "ok")) + 2);
        // Unnamed operations are labelled by their first root field.
        GraphQL.data("{ articles(first: 1) { totalCount } }");
        assertTrue(Scrape.of(metrics).value(REQUESTS, Map.of("operation", "anonymous:articles", "outcome", "ok")) >= 1);
    }

    @Test
    void aRefusedQueryCarriesItsCodeAsOutcomeAndCountsAgainstItsLimit() {
        String tooDeep = "query MetricsTooDeep " + THIRTEEN_DEEP;
        Map<String, String> refused = Map.of("operation", "MetricsTooDeep", "outcome", "QUERY_TOO_DEEP");
        Map<String, String> limit = Map.of("limit", "QUERY_TOO_DEEP");
        Scrape before = Scrape.of(metrics);
        assertEquals("QUERY_TOO_DEEP", GraphQL.errorCode(tooDeep, Map.of()));
        Scrape after = Scrape.of(metrics);
        assertEquals(before.value(REQUESTS, refused) + 1, after.value(REQUESTS, refused));
        assertEquals(
                before.value("whosaid_limit_refusals_total", limit) + 1,
                after.value("whosaid_limit_refusals_total", limit));
        assertEquals(
                before.value(REQUESTS, Map.of("operation", "MetricsTooDeep", "outcome", "ok")),
                after.value(REQUESTS, Map.of("operation", "MetricsTooDeep", "outcome", "ok")));
    }

    @Test
    void ingestsAreCountedByResultAndFailureWithTheirPhasesAndContents() {
        String text = "Metrics test article " + System.nanoTime() + "\n\nA subtitle\n\n"
                + "“We watch everything,” said Dana Whitlock, director of the Observatory Trust.\n";
        String mutation = "mutation Ingest($t: String!) { ingestArticle(input: {text: $t}) { created } }";
        Scrape before = Scrape.of(metrics);
        assertTrue(GraphQL.data(mutation, Map.of("t", text)).getBoolean("data.ingestArticle.created"));
        assertTrue(!GraphQL.data(mutation, Map.of("t", text)).getBoolean("data.ingestArticle.created"));
        assertEquals("BAD_INPUT", GraphQL.errorCode(mutation, Map.of("t", "   ")));
        Scrape after = Scrape.of(metrics);
        for (String result : new String[] {"created", "unchanged"}) {
            assertEquals(
                    before.value("whosaid_ingest_articles_total", Map.of("result", result)) + 1,
                    after.value("whosaid_ingest_articles_total", Map.of("result", result)),
                    result);
        }
        assertEquals(
                before.value("whosaid_ingest_failures_total", Map.of("reason", "BAD_INPUT")) + 1,
                after.value("whosaid_ingest_failures_total", Map.of("reason", "BAD_INPUT")));
        // The blank text failed in parse: three parses, two of everything after it.
        assertEquals(
                before.value("whosaid_ingest_phase_seconds", Map.of("phase", "parse")) + 3,
                after.value("whosaid_ingest_phase_seconds", Map.of("phase", "parse")));
        for (String phase : new String[] {"extract", "write"}) {
            assertEquals(
                    before.value("whosaid_ingest_phase_seconds", Map.of("phase", phase)) + 2,
                    after.value("whosaid_ingest_phase_seconds", Map.of("phase", phase)),
                    phase);
        }
        for (String contents : new String[] {"quotes", "people", "comments"}) {
            String family = "whosaid_ingest_article_" + contents;
            assertEquals(before.value(family) + 2, after.value(family), family);
        }
        assertEquals(
                before.value("whosaid_neo4j_query_seconds", Map.of("family", "article_write")) + 2,
                after.value("whosaid_neo4j_query_seconds", Map.of("family", "article_write")));
        Map<String, String> ingests = Map.of("operation", "Ingest", "type", "mutation", "outcome", "ok");
        assertEquals(before.value(REQUESTS, ingests) + 2, after.value(REQUESTS, ingests));
    }

    @Test
    void batchJobsAreCountedWithTheirItemsByResult() {
        String run = Long.toString(System.nanoTime());
        List<Map<String, Object>> inputs = List.of(
                Map.of(
                        "json",
                        "{\"title\": \"Metrics batch " + run
                                + " one\", \"text\": \"The ferry leaves at six, Bram Oduya said.\"}"),
                Map.of(
                        "json",
                        "{\"title\": \"Metrics batch " + run
                                + " two\", \"text\": \"The ferry leaves at seven, Ilse Varnham said.\"}"),
                Map.of("json", "{\"title\": \"Half a line"));
        Scrape before = Scrape.of(metrics);
        String id = GraphQL.data(
                        "mutation($inputs: [ArticleTextInput!]!) { ingestBatch(inputs: $inputs) { id } }",
                        Map.of("inputs", inputs))
                .getString("data.ingestBatch.id");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!GraphQL.data("query($id: ID!) { ingestJob(id: $id) { state } }", Map.of("id", id))
                        .getString("data.ingestJob.state")
                        .equals("DONE")
                && System.currentTimeMillis() < deadline) {
            Pause.millis(100);
        }
        Scrape after = Scrape.of(metrics);
        assertEquals(before.value("whosaid_ingest_jobs_total") + 1, after.value("whosaid_ingest_jobs_total"));
        String items = "whosaid_ingest_job_items_total";
        assertEquals(
                before.value(items, Map.of("result", "created")) + 2, after.value(items, Map.of("result", "created")));
        assertEquals(
                before.value(items, Map.of("result", "failed")) + 1, after.value(items, Map.of("result", "failed")));
        assertEquals(before.value(items, Map.of("result", "existed")), after.value(items, Map.of("result", "existed")));
        assertEquals(0.0, after.value("whosaid_ingest_jobs_running"), "the job is done");
        assertEquals(0.0, after.value("whosaid_ingest_job_items_pending"));
        assertTrue(after.value("whosaid_neo4j_query_seconds", Map.of("family", "article_write"))
                > before.value("whosaid_neo4j_query_seconds", Map.of("family", "article_write")));
    }

    @Test
    void theDatabaseAndTheProcessAreWatched() {
        GraphQL.data("{ articles(first: 1) { totalCount } }");
        Scrape scrape = Scrape.of(metrics);
        assertTrue(scrape.value("whosaid_neo4j_pool_connections", Map.of("state", "in_use"))
                        + scrape.value("whosaid_neo4j_pool_connections", Map.of("state", "idle"))
                >= 1);
        // %test.whosaid.neo4j.embedded.heap=512m, page cache 256m.
        assertEquals(512.0 * 1024 * 1024, scrape.value("whosaid_neo4j_embedded_memory_bytes", Map.of("area", "heap")));
        assertEquals(
                256.0 * 1024 * 1024, scrape.value("whosaid_neo4j_embedded_memory_bytes", Map.of("area", "page_cache")));
        assertTrue(scrape.has("whosaid_neo4j_embedded_restarts_total"));
        assertTrue(scrape.has("whosaid_neo4j_transaction_timeouts_total"));
        assertTrue(scrape.value("jvm_memory_used_bytes") > 0, "JVM metrics");
        assertTrue(scrape.value("http_server_requests_seconds") > 0, "HTTP metrics");
    }

    /** A metric name in a PromQL expression: the service's own, the JVM's and HTTP's. */
    private static final Pattern METRIC = Pattern.compile("\\b(?:whosaid|jvm|http|process)_[a-z0-9_]+\\b");

    @Test
    void everyMetricTheDashboardQueriesIsOneTheServiceExports() throws IOException {
        // What the panels show, each once: a read, a refused read, an ingest, a failed ingest.
        GraphQL.data("{ articles(first: 1) { totalCount } }");
        assertEquals("QUERY_TOO_DEEP", GraphQL.errorCode(THIRTEEN_DEEP, Map.of()));
        GraphQL.postAs(
                        GraphQL.EDITOR_KEY,
                        "mutation { ingestArticle(input: {text: \"Dashboard " + System.nanoTime()
                                + "\\n\\nA subtitle\\n\\nA body.\"}) { created } }",
                        Map.of())
                .then()
                .statusCode(200);
        GraphQL.postAs(GraphQL.EDITOR_KEY, "mutation { ingestArticle(input: {text: \" \"}) { created } }", Map.of());
        Scrape scrape = Scrape.of(metrics);

        JsonNode dashboard =
                new ObjectMapper().readTree(Path.of("ops/grafana/whosaid.json").toFile());
        Set<String> names = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher metric = METRIC.matcher(target.get("expr").asText());
                while (metric.find()) {
                    names.add(metric.group());
                }
            }
        }
        assertTrue(names.size() >= 15, "the dashboard's metrics: " + names);
        // what operators are promised a picture of: requests and errors, Neo4j latency, ingest rate, bulk-job progress
        for (String shown : List.of(
                "whosaid_graphql_request_seconds_count",
                "whosaid_neo4j_query_seconds_bucket",
                "whosaid_ingest_articles_total",
                "whosaid_ingest_jobs_total",
                "whosaid_ingest_jobs_running",
                "whosaid_ingest_job_items_total",
                "whosaid_ingest_job_items_pending")) {
            assertTrue(names.contains(shown), "no panel shows " + shown + ": " + names);
        }
        for (String name : names) {
            String family = name.replaceFirst("_(bucket|count|sum)$", "");
            assertTrue(
                    scrape.has(name) || scrape.has(family),
                    "the dashboard queries " + name + ", which the service does not export");
        }
    }

    @Test
    void metricsAreNotServedOnThePublicPort() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/metrics").then().statusCode(404);
    }
}
