package io.whosaid.api.limits;

import static io.restassured.RestAssured.given;
import static io.whosaid.support.GraphQL.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.whosaid.support.Neo4jTestResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Each limit through HTTP, with its error code; requests within the limits still run. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class LimitsTest {

    /** 13 levels: one over the default limit of 12. */
    static final String THIRTEEN_DEEP = "{ articles(first: 1) { edges { node { quotes { edges { node { speaker {"
            + " ... on Person { said(first: 1) { edges { node { about { ... on Person { said(first: 1) { totalCount } } } } } } }"
            + " } } } } } } } }";
    /** 12 levels: at the limit. */
    static final String TWELVE_DEEP = "{ articles(first: 1) { edges { node { quotes { edges { node { speaker {"
            + " ... on Person { said(first: 1) { edges { node { about { ... on Person { id } } } } } }"
            + " } } } } } } } }";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    io.quarkus.runtime.configuration.MemorySize maxBodySize;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void tooDeepIsRefusedBeforeItRuns() {
        assertEquals("QUERY_TOO_DEEP", errorCode(THIRTEEN_DEEP, Map.of()));
        Response strict = post("application/graphql-response+json", THIRTEEN_DEEP);
        assertEquals(400, strict.statusCode());
        assertNull(strict.jsonPath().get("data"));
        assertEquals("QUERY_TOO_DEEP", strict.jsonPath().getString("errors[0].extensions.code"));
        Response atTheLimit = post("application/graphql-response+json", TWELVE_DEEP);
        assertEquals(200, atTheLimit.statusCode(), atTheLimit.asString());
        assertNull(atTheLimit.jsonPath().get("errors"), atTheLimit.asString());
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            query.append(" a").append(i).append(": articles(first: 1) { totalCount }");
        }
        assertEquals("TOO_MANY_ALIASES", errorCode(query.append(" }").toString(), Map.of()));
        Response thirty =
                post("application/json", query.toString().replace(" a30: articles(first: 1) { totalCount }", ""));
        assertNull(thirty.jsonPath().get("errors"), thirty.asString());
    }

    @Test
    void tooCostlyIsRefusedAndTheMessageSaysHowToFixIt() {
        // Costly whatever the graph holds: root pages are not shortened by the data's figures (nested ones are),
        // so 30 pages of 100 people cost 30 x (2 + 100 x 3) = 9,060, over an anonymous caller's 5,000.
        StringBuilder pages = new StringBuilder("{");
        for (int i = 0; i < 30; i++) {
            pages.append(" p").append(i).append(": people(first: 100) { edges { node { id name } } }");
        }
        String huge = pages.append(" }").toString();
        Response response = post("application/graphql-response+json", huge);
        assertEquals(400, response.statusCode());
        assertEquals("QUERY_TOO_COMPLEX", response.jsonPath().getString("errors[0].extensions.code"));
        assertTrue(response.jsonPath().getString("errors[0].message").contains("first"));
        // the same shape with small pages runs
        Response small = post("application/graphql-response+json", huge.replace("first: 100", "first: 5"));
        assertEquals(200, small.statusCode(), small.asString());
        assertNull(small.jsonPath().get("errors"), small.asString());
    }

    @Test
    void pageSizeAndIngestSizeKeepTheirCodes() {
        assertEquals("BAD_INPUT", errorCode("{ articles(first: 101) { totalCount } }", Map.of()));
        assertEquals(
                "TOO_LARGE",
                errorCode(
                        "mutation($t: String!) { ingestArticle(input: {text: $t}) { created } }",
                        Map.of("t", "Title\n\n" + "x".repeat(1_048_577))));
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        String head = "POST " + graphql.getPath() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Accept: application/graphql-response+json\r\nContent-Length: " + (maxBodySize.asLongValue() + 1)
                + "\r\n\r\n";
        String answer = exchange(head.getBytes(StandardCharsets.US_ASCII), 0);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("\"REQUEST_TOO_LARGE\""), answer);
        assertTrue(answer.contains("application/graphql-response+json"), answer);
    }

    @Test
    void aChunkedBodyGrowingPastTheLimitIsStoppedThere() throws IOException {
        String head = "POST " + graphql.getPath() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
        String answer = exchange(head.getBytes(StandardCharsets.US_ASCII), maxBodySize.asLongValue() + 1);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("\"REQUEST_TOO_LARGE\""), answer);
    }

    @Test
    void introspectionIsOnAndBoundedByGoodFaithChecks() {
        Response schema = post("application/json", "{ __schema { queryType { name } } }");
        assertEquals("Query", schema.jsonPath().getString("data.__schema.queryType.name"));
        Response abusive = post(
                "application/json",
                "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");
        assertNotNull(abusive.jsonPath().get("errors"), "a cyclic introspection query is refused");
    }

    private static Response post(String accept, String query) {
        return given().contentType(ContentType.JSON)
                .accept(accept)
                .body(Map.of("query", query))
                .post("/graphql");
    }

    /**
     * Writes a raw request (then, when {@code chunkedBytes} > 0, that many body bytes in chunks, without the final
     * chunk), and reads what the server answers before it closes the connection.
     */
    private String exchange(byte[] head, long chunkedBytes) throws IOException {
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            long sent = 0;
            try {
                while (sent < chunkedBytes) {
                    int size = (int) Math.min(chunk.length, chunkedBytes - sent);
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk, 0, size);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += size;
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before the last chunk; its answer is still there to read
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("}]}")) {
                        break;
                    }
                }
            } catch (IOException reset) {
                // a reset after the answer: what was read is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
