package io.whosaid.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client whose ingest got no answer (the connection dropped, or an error such as SERVICE_UNAVAILABLE came after
 * the commit) asks by the article's url whether it was saved: articleByUrl tells the truth either way.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class IngestOutcomeByUrlTest {

    private static final String BY_URL = "query($u: String!) { articleByUrl(url: $u) { id url title } }";

    @Test
    void anIngestWhoseAnswerWasLostIsFoundByItsUrlOnceSaved() throws Exception {
        String run = Long.toString(System.nanoTime());
        String url = "https://example.org/lost-answer/" + run;
        String title = "Harbour Vote " + run + " Goes Ahead";
        assertNull(GraphQL.data(BY_URL, Map.of("u", url)).get("data.articleByUrl"), "not ingested yet");

        // The whole request is sent, then the connection is closed before the answer: the client never learns
        // whether the ingest was saved.
        String body = new ObjectMapper()
                .writeValueAsString(Map.of(
                        "query",
                        "mutation($t: String!, $u: String) { ingestArticle(input: {text: $t, url: $u}) { created } }",
                        "variables",
                        Map.of(
                                "t",
                                title + "\n\nThe council meets\n\nThe harbour vote goes ahead on Monday, the mayor"
                                        + " said.\n\nSource: Lost Answer Courier\n",
                                "u",
                                url)));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nX-API-Key: "
                            + GraphQL.EDITOR_KEY + "\r\nContent-Length: " + bytes.length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        }

        JsonPath found = null;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            found = GraphQL.data(BY_URL, Map.of("u", url));
            if (found.get("data.articleByUrl") != null) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(title, found.getString("data.articleByUrl.title"), "the lost ingest landed, and the url says so");
        assertEquals(url, found.getString("data.articleByUrl.url"));
        // Sent again, as the README advises: the same article, not a second copy.
        JsonPath again = GraphQL.data(
                "mutation($t: String!, $u: String) { ingestArticle(input: {text: $t, url: $u})"
                        + " { created article { id } } }",
                Map.of(
                        "t",
                        title + "\n\nThe council meets\n\nThe harbour vote goes ahead"
                                + " on Monday, the mayor said.\n\nSource: Lost Answer Courier\n",
                        "u",
                        url));
        assertEquals(false, again.getBoolean("data.ingestArticle.created"));
        assertEquals(found.getString("data.articleByUrl.id"), again.getString("data.ingestArticle.article.id"));
    }

    @Test
    void aUrlNoArticleHoldsIsNullAndABadUrlIsBadInput() {
        assertNull(GraphQL.data(BY_URL, Map.of("u", "https://example.org/never-ingested/" + System.nanoTime()))
                .get("data.articleByUrl"));
        assertEquals("BAD_INPUT", GraphQL.errorCode(BY_URL, Map.of("u", "not a url")));
        assertEquals("BAD_INPUT", GraphQL.errorCode(BY_URL, Map.of("u", " ")));
    }
}
