package io.whosaid.resilience;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.whosaid.graph.GraphConnection;
import io.whosaid.graph.embedded.EmbeddedNeo4j;
import io.whosaid.support.ExternalNeo4jTestResource;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Pause;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Against an external Neo4j (a bolt URI, a server this service did not start and does not supervise): killed, every
 * request fails fast with SERVICE_UNAVAILABLE and readiness is DOWN while liveness stays UP (restarting the service
 * would not help); started again, readiness comes back UP and requests succeed, with no restart of the service.
 */
@QuarkusTest
@TestProfile(ExternalNeo4jReconnectTest.External.class)
class ExternalNeo4jReconnectTest {

    /** The service pointed at {@link ExternalNeo4jTestResource}'s server by {@code neo4j.uri}. */
    public static class External implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ExternalNeo4jTestResource.class));
        }
    }

    private static final String LIST = "{ articles(first: 3) { totalCount edges { node { id title } } } }";
    private static final String INGEST = "mutation($t: String!, $u: String) { ingestArticle(input: {text: $t, url: $u})"
            + " { created article { id } } }";

    @Inject
    GraphConnection connection;

    @Test
    void theServiceReconnectsByItselfWhenTheExternalNeo4jIsBack() {
        EmbeddedNeo4j external = ExternalNeo4jTestResource.neo4j();
        assertTrue(connection.embedded().isEmpty(), "the service runs no Neo4j of its own");
        assertEquals(external.boltUri(), connection.uri());
        String run = Long.toString(System.nanoTime());
        GraphQL.data(
                INGEST,
                Map.of(
                        "t",
                        "Before The Outage " + run + "\n\nA subtitle\n\nThe ferry runs, the mayor said.\n",
                        "u",
                        "https://external.example/before/" + run));
        assertEquals(200, given().when().get("/q/health/ready").statusCode());

        try {
            external.kill();
            for (String query : List.of(LIST, INGEST)) {
                Map<String, Object> variables = query.equals(LIST)
                        ? Map.of()
                        : Map.of("t", "During The Outage " + run + "\n\nA subtitle\n\nNothing runs.\n");
                JsonPath json = assertTimeoutPreemptively(
                        Duration.ofSeconds(30),
                        () -> GraphQL.post(query, variables),
                        "a request fails, it does not hang");
                assertEquals("SERVICE_UNAVAILABLE", json.getString("errors[0].extensions.code"), json.prettify());
                assertFalse(json.prettify().contains("\tat "), "no stack trace");
            }
            Response ready = given().when().get("/q/health/ready");
            assertEquals(503, ready.statusCode(), ready.asString());
            assertEquals("DOWN", ready.jsonPath().getString("status"));
            assertEquals(
                    200, given().when().get("/q/health/live").statusCode(), "liveness stays UP: Neo4j is not ours");
        } finally {
            if (!external.isRunning()) {
                external.restart();
            }
        }

        // Ready again by itself, and requests succeed on the same service (no restart: the same bean, the same driver).
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (given().when().get("/q/health/ready").statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "readiness UP again within 120 s");
            Pause.millis(500);
        }
        JsonPath list = null;
        while (System.nanoTime() < deadline) {
            list = GraphQL.post(LIST, Map.of());
            if (list.getList("errors") == null) {
                break;
            }
            assertTrue(
                    Neo4jOutageTest.RETRY_LATER.contains(list.getString("errors[0].extensions.code")), list.prettify());
            Pause.millis(500);
        }
        assertTrue(list.getInt("data.articles.totalCount") >= 1, list.prettify());
        assertEquals(
                true,
                GraphQL.data(
                                INGEST,
                                Map.of(
                                        "t",
                                        "After The Outage " + run + "\n\nA subtitle\n\nThe ferry runs"
                                                + " again, the mayor said.\n",
                                        "u",
                                        "https://external.example/after/" + run))
                        .getBoolean("data.ingestArticle.created"));
        assertEquals(external.boltUri(), connection.uri());
    }
}
