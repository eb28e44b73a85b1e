package io.whosaid.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * With tracing on (the standard Quarkus setting), each GraphQL request is one span with its Cypher statements and
 * ingest phases below it, collected by an in-memory exporter; no variable's value reaches an attribute, and the
 * request's access log line names its trace.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@QuarkusTestResource(Neo4jTestResource.class)
class TracingTest {

    /** Tracing on, spans exported every 50 ms instead of every 5 s. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms");
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aReadIsOneSpanWithItsCypherBelowItAndItsTraceInTheAccessLog() throws InterruptedException {
        String secret = "tracesecret" + System.nanoTime();
        AccessLogTest.Captured captured = new AccessLogTest.Captured();
        Logger root = Logger.getLogger("");
        root.addHandler(captured);
        SpanData request;
        try {
            GraphQL.postAs(
                            GraphQL.READER_KEY,
                            "query TracedPeople($n: String) { people(name: $n, first: 1) { totalCount"
                                    + " edges { node { id name } } } }",
                            Map.of("n", secret))
                    .then()
                    .statusCode(200);
            request = await("graphql query TracedPeople");
        } finally {
            root.removeHandler(captured);
        }
        assertEquals("TracedPeople", request.getAttributes().get(AttributeKey.stringKey("graphql.operation.name")));
        assertEquals("query", request.getAttributes().get(AttributeKey.stringKey("graphql.operation.type")));
        assertEquals("ok", request.getAttributes().get(AttributeKey.stringKey("whosaid.graphql.outcome")));
        assertTrue(request.getAttributes().get(AttributeKey.longKey("whosaid.graphql.cost")) > 0);

        List<SpanData> cypher = descendantsOf(request, "cypher ");
        assertFalse(cypher.isEmpty(), "no Cypher span below the request's: " + spans.getFinishedSpanItems());
        for (SpanData statement : cypher) {
            assertEquals("root_read", statement.getAttributes().get(AttributeKey.stringKey("whosaid.query.family")));
            assertTrue(statement.getAttributes().get(AttributeKey.longKey("db.response.returned_rows")) >= 0);
        }
        noAttributeHolds(secret);

        ExtLogRecord line = captured.access("TracedPeople");
        assertEquals(request.getTraceId(), line.getMdc("traceId"), line.getFormattedMessage());
        assertTrue(line.getFormattedMessage().contains("traceId=" + request.getTraceId()), line.getFormattedMessage());
    }

    @Test
    void anIngestHasItsPhasesBelowItAndItsWriteBelowThePhase() throws InterruptedException {
        // Several times: which span was current on the worker once depended on timing (see RequestTracing).
        for (int i = 0; i < 5; i++) {
            String secret = "tracedtext" + System.nanoTime();
            String name = "TracedIngest" + i;
            GraphQL.data(
                    "mutation " + name + "($t: String!) { ingestArticle(input: {text: $t}) { created } }",
                    Map.of(
                            "t",
                            "Traced " + secret + "\n\nA subtitle\n\n\u201cA quote about " + secret
                                    + ",\u201d said Mara Quill.\n"));
            SpanData request = await("graphql mutation " + name);
            for (String phase : List.of("parse", "extract", "write")) {
                assertEquals(
                        1,
                        descendantsOf(request, "ingest " + phase).size(),
                        phase + ": " + spans.getFinishedSpanItems());
            }
            SpanData write = descendantsOf(request, "ingest write").get(0);
            List<SpanData> statements = descendantsOf(write, "cypher article_write");
            assertEquals(1, statements.size(), spans.getFinishedSpanItems().toString());
            noAttributeHolds(secret);
        }
    }

    /** The finished span of that name, waited for: spans are exported in batches. */
    private SpanData await(String name) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Optional<SpanData> found = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getName().equals(name))
                    .findFirst();
            if (found.isPresent()) {
                // its children end before it, and are exported with it or before
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no span " + name + " in " + spans.getFinishedSpanItems());
    }

    /**
     * The spans of that name below {@code ancestor}, following parent links (SmallRye GraphQL's own "GraphQL" span
     * may stand between the request's span and its resolvers').
     */
    private List<SpanData> descendantsOf(SpanData ancestor, String namePrefix) {
        List<SpanData> all = spans.getFinishedSpanItems();
        Map<String, SpanData> byId = new HashMap<>();
        all.forEach(span -> byId.put(span.getSpanId(), span));
        List<SpanData> found = new ArrayList<>();
        for (SpanData span : all) {
            if (!span.getName().startsWith(namePrefix) || !span.getTraceId().equals(ancestor.getTraceId())) {
                continue;
            }
            for (SpanData up = byId.get(span.getParentSpanId()); up != null; up = byId.get(up.getParentSpanId())) {
                if (up.getSpanId().equals(ancestor.getSpanId())) {
                    found.add(span);
                    break;
                }
            }
        }
        return found;
    }

    private void noAttributeHolds(String secret) {
        for (SpanData span : spans.getFinishedSpanItems()) {
            span.getAttributes()
                    .forEach((key, value) -> assertFalse(
                            String.valueOf(value).contains(secret),
                            "span " + span.getName() + " attribute " + key + " holds a variable's value"));
            assertFalse(span.getName().contains(secret), span.getName());
        }
    }
}
