package io.whosaid.api.http;

import static io.restassured.RestAssured.given;
import static io.whosaid.support.GraphQL.EDITOR_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.whosaid.graph.DatabaseErrors;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

/**
 * GraphQL over HTTP as the spec has it, checked from Java so it runs everywhere (the graphql-http audit in
 * {@link GraphQLHttpAuditTest} needs Node): methods, media types, status codes, and malformed requests.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class GraphQLOverHttpTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Inject
    Driver driver;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void getRunsQueriesWithParametersDecodedOnce() {
        Response response = given().accept(GRAPHQL_RESPONSE)
                .queryParam("query", "query Q($q: String!) { search(query: $q) { label } }")
                .queryParam("variables", "{\"q\": \"100% a+b\"}")
                .queryParam("operationName", "Q")
                .get("/graphql");
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith(GRAPHQL_RESPONSE));
        assertNull(response.jsonPath().get("errors"), response.asString());
        assertNotNull(response.jsonPath().getList("data.search"));
    }

    @Test
    void getNeverRunsAMutation() {
        long before = nodes();
        Response response = given().accept(GRAPHQL_RESPONSE)
                .header("X-API-Key", EDITOR_KEY)
                .queryParam("query", "mutation { ingestArticle(input: {text: \"A Title\\n\\nA body.\"}) { created } }")
                .get("/graphql");
        assertEquals(405, response.statusCode());
        assertEquals("POST", response.header("Allow"));
        assertEquals("METHOD_NOT_ALLOWED", response.jsonPath().getString("errors[0].extensions.code"));
        assertEquals(before, nodes());
    }

    @Test
    void otherMethodsAndUnacceptableMediaTypesAreRefused() {
        Response put = given().contentType(ContentType.JSON)
                .body("{\"query\": \"{ __typename }\"}")
                .put("/graphql");
        assertEquals(405, put.statusCode());
        assertTrue(put.header("Allow").contains("POST"));
        assertEquals(
                406,
                given().accept("text/html")
                        .queryParam("query", "{ __typename }")
                        .get("/graphql")
                        .statusCode());
        Response options = given().options("/graphql");
        assertEquals(204, options.statusCode());
        assertTrue(options.header("Allow").contains("GET"));
    }

    @Test
    void theResponseTypeFollowsAccept() {
        assertType(GRAPHQL_RESPONSE, GRAPHQL_RESPONSE);
        assertType("application/json", "application/json");
        assertType("*/*", "application/json");
        assertType("application/json;q=0.5, application/graphql-response+json", GRAPHQL_RESPONSE);
        Response none = given().contentType(ContentType.JSON)
                .header("Accept", "")
                .body("{\"query\": \"{ __typename }\"}")
                .post("/graphql");
        assertEquals(200, none.statusCode());
        assertTrue(none.contentType().startsWith("application/json"), none.contentType());
    }

    @Test
    void malformedRequestsAre4xxWithACode() {
        assertRequestError(
                "text/plain",
                "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertRequestError("application/json", "{ \"query\": ".getBytes(StandardCharsets.UTF_8), 400, "BAD_REQUEST");
        assertRequestError(
                "application/json",
                "[{\"query\": \"{ __typename }\"}]".getBytes(StandardCharsets.UTF_8),
                400,
                "BAD_REQUEST");
        assertRequestError("application/json", "{\"query\": 42}".getBytes(StandardCharsets.UTF_8), 400, "BAD_REQUEST");
        assertRequestError(
                "application/json",
                "{\"query\": \"{ __typename }\", \"variables\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                400,
                "BAD_REQUEST");
        byte[] invalidUtf8 = {
            '{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', '{', ' ', (byte) 0xC3, (byte) 0x28, '}', '"', '}'
        };
        assertRequestError("application/json", invalidUtf8, 400, "BAD_REQUEST");
        assertRequestError(
                "application/json",
                ("{\"query\": \"query($s: String!) { search(query: $s) { label } }\","
                                + " \"variables\": {\"s\": \"\\ud800 lone\"}}")
                        .getBytes(StandardCharsets.UTF_8),
                400,
                "BAD_REQUEST");
        assertRequestError("application/json", new byte[0], 400, "BAD_REQUEST");
    }

    @Test
    void contentTypesAsBrowsersSendThemAreAccepted() throws Exception {
        // GraphiQL in Chromium sends the header joined twice; other clients send it as two header lines
        for (List<String> contentType : List.of(
                List.of("application/json, application/json"),
                List.of("application/json", "application/json"),
                List.of("application/json; charset=utf-8"),
                List.of("Application/JSON;charset=\"UTF-8\", application/json"))) {
            HttpResponse<String> response = post(contentType, "{\"query\": \"{ __typename }\"}");
            assertEquals(200, response.statusCode(), contentType + " -> " + response.body());
            assertTrue(response.body().contains("\"__typename\":\"Query\""), response.body());
        }
        for (List<String> contentType : List.of(
                List.of("application/json, text/plain"),
                List.of("application/json", "text/plain"),
                List.of("application/json; charset=latin1"))) {
            HttpResponse<String> response = post(contentType, "{\"query\": \"{ __typename }\"}");
            assertEquals(415, response.statusCode(), contentType + " -> " + response.body());
            assertTrue(response.body().contains("UNSUPPORTED_MEDIA_TYPE"), response.body());
        }
    }

    private HttpResponse<String> post(List<String> contentTypeLines, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql).POST(HttpRequest.BodyPublishers.ofString(body));
        contentTypeLines.forEach(line -> request.header("Content-Type", line));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void syntaxAndValidationErrorsAre400WithoutDataUnderGraphqlResponseJson() {
        Response syntax = postAccepting(GRAPHQL_RESPONSE, "{ articles(first: ");
        assertEquals(400, syntax.statusCode());
        assertEquals("GRAPHQL_PARSE_FAILED", syntax.jsonPath().getString("errors[0].extensions.code"));
        assertFalse(syntax.asString().contains("\"data\""));
        Response invalid = postAccepting(GRAPHQL_RESPONSE, "{ noSuchField }");
        assertEquals(400, invalid.statusCode());
        assertFalse(invalid.asString().contains("\"data\""));
        Response coercion = given().contentType(ContentType.JSON)
                .accept(GRAPHQL_RESPONSE)
                .body("{\"query\": \"query($id: ID!) { node(id: $id) { id } }\", \"variables\": {\"id\": null}}")
                .post("/graphql");
        assertEquals(400, coercion.statusCode());
        // the legacy type answers every well-formed request with 200
        assertEquals(
                200, postAccepting("application/json", "{ articles(first: ").statusCode());
        assertEquals(200, postAccepting("application/json", "{ noSuchField }").statusCode());
    }

    @Test
    void anErrorWithDataIs200() {
        Response notFound = postAccepting(GRAPHQL_RESPONSE, "{ article(id: \"\") { id } }");
        assertEquals(200, notFound.statusCode());
        assertEquals("BAD_INPUT", notFound.jsonPath().getString("errors[0].extensions.code"));
        assertTrue(notFound.asString().contains("\"data\""));
    }

    private static void assertType(String accept, String expected) {
        Response response = given().contentType(ContentType.JSON)
                .header("Accept", accept)
                .body("{\"query\": \"{ __typename }\"}")
                .post("/graphql");
        assertEquals(200, response.statusCode(), accept);
        assertTrue(response.contentType().startsWith(expected), accept + " -> " + response.contentType());
        assertTrue(response.contentType().toLowerCase().contains("charset=utf-8"), response.contentType());
    }

    private void assertRequestError(String contentType, byte[] body, int status, String code) {
        long before = nodes();
        Response response = given().header("Content-Type", contentType)
                .header("X-API-Key", EDITOR_KEY)
                .accept(GRAPHQL_RESPONSE)
                .body(body)
                .post("/graphql");
        assertEquals(
                status,
                response.statusCode(),
                new String(body, StandardCharsets.ISO_8859_1) + " -> " + response.asString());
        assertEquals(code, response.jsonPath().getString("errors[0].extensions.code"));
        assertNull(response.jsonPath().get("data"));
        assertEquals(before, nodes());
    }

    private static Response postAccepting(String accept, String query) {
        return given().contentType(ContentType.JSON)
                .accept(accept)
                .body(Map.of("query", query))
                .post("/graphql");
    }

    private long nodes() {
        return driver.executableQuery("MATCH (n) RETURN count(n) AS c")
                .execute()
                .records()
                .get(0)
                .get("c")
                .asLong();
    }

    @Test
    void aDatabaseTimeoutIsRecognisedAsTimeout() {
        // Neo4j itself stops a write waiting on a lock past its timeout; the API maps that error to TIMEOUT.
        driver.executableQuery("MERGE (:TimeoutProbe {id: 'probe'})").execute();
        try (Session holder = driver.session();
                Transaction lock = holder.beginTransaction()) {
            lock.run("MATCH (p:TimeoutProbe {id: 'probe'}) SET p.heldAt = timestamp()")
                    .consume();
            try (Session waiter = driver.session()) {
                RuntimeException stopped = assertThrows(
                        RuntimeException.class,
                        () -> waiter.executeWrite(
                                tx -> tx.run("MATCH (p:TimeoutProbe {id: 'probe'}) SET p.waitedAt = timestamp()")
                                        .consume(),
                                TransactionConfig.builder()
                                        .withTimeout(Duration.ofSeconds(1))
                                        .build()));
                assertTrue(DatabaseErrors.isTimeout(stopped), stopped.toString());
                // as a resolver's error, it reaches the client as TIMEOUT, without Neo4j's words
                ExecutionResult mapped = GraphQLResponses.withDatabaseLimits(ExecutionResultImpl.newExecutionResult()
                        .data(Collections.singletonMap("ingestArticle", null))
                        .addError(new ExceptionWhileDataFetching(
                                ResultPath.rootPath().segment("ingestArticle"),
                                new RuntimeException(stopped),
                                SourceLocation.EMPTY))
                        .build());
                assertEquals(
                        "TIMEOUT", mapped.getErrors().get(0).getExtensions().get("code"));
                assertFalse(mapped.getErrors().get(0).getMessage().contains("Forseti"));
                assertEquals(List.of("ingestArticle"), mapped.getErrors().get(0).getPath());
                // and a query that simply runs too long
                RuntimeException slow = assertThrows(
                        RuntimeException.class,
                        () -> waiter.executeRead(
                                tx -> tx.run("UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS c")
                                        .consume(),
                                TransactionConfig.builder()
                                        .withTimeout(Duration.ofSeconds(1))
                                        .build()));
                assertTrue(DatabaseErrors.isTimeout(slow), slow.toString());
                assertFalse(DatabaseErrors.isTimeout(new IllegalStateException("not a timeout")));
            }
            lock.rollback();
        } finally {
            driver.executableQuery("MATCH (p:TimeoutProbe) DELETE p").execute();
        }
    }

    /**
     * {@link GraphQLEndpoint.Executor} hands admitted requests to SmallRye through Quarkus's runtime-internal handler,
     * whose set-up gives the resolvers the caller's identity (no public API does that for a route of one's own).
     * Pinned here for the path reads take, so an upgrade that changes it fails: a resolver's own role check sees the
     * key. The worker path mutations take is pinned by EditingTest (each key's name is its edits' author).
     */
    @Test
    void theCallersIdentityReachesTheResolvers() {
        String candidates = "{ duplicateCandidates(first: 1) { edges { cursor } } }";
        assertEquals(
                "FORBIDDEN",
                GraphQL.postAs(GraphQL.READER_KEY, candidates, Map.of())
                        .jsonPath()
                        .getString("errors[0].extensions.code"));
        // It ranks the whole graph and may run out of time on a loaded machine: only the role check matters here.
        Response asEditor = GraphQL.postAs(EDITOR_KEY, candidates, Map.of());
        assertNotEquals("FORBIDDEN", asEditor.jsonPath().getString("errors[0].extensions.code"), asEditor.asString());
    }
}
