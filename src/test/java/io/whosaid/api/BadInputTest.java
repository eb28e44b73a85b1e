package io.whosaid.api;

import static io.whosaid.support.GraphQL.errorCode;
import static io.whosaid.support.GraphQL.post;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** Every kind of bad input gets a clear error with a code, no stack trace, and writes nothing. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class BadInputTest {

    static final String INGEST = "mutation($text: String!, $url: String, $publishedAt: String) {"
            + " ingestArticle(input: {text: $text, url: $url, publishedAt: $publishedAt}) { created article { id } } }";

    @Inject
    Driver driver;

    @Test
    void emptyAndBlankTextAreBadInput() {
        assertRejected(vars("text", ""), "BAD_INPUT");
        assertRejected(vars("text", "   \n\t \n  "), "BAD_INPUT");
    }

    @Test
    void binaryGarbageIsBadInput() {
        StringBuilder garbage = new StringBuilder("Title\n\n");
        for (int i = 0; i < 2000; i++) {
            garbage.append((char) (i * 31 % 32)).append('\uFFFD');
        }
        assertRejected(vars("text", garbage.toString()), "BAD_INPUT");
        assertRejected(vars("text", "A title\n\nA body with a NUL \u0000 byte in it."), "BAD_INPUT");
    }

    @Test
    void textOverTheLimitIsTooLarge() {
        String big = "Title\n\n" + "word ".repeat(1_048_576 / 5 + 10);
        assertRejected(vars("text", big), "TOO_LARGE");
    }

    @Test
    void badUrlOrDateIsBadInput() {
        assertRejected(vars("text", "A title\n\nA body.", "url", "not a url"), "BAD_INPUT");
        assertRejected(vars("text", "A title\n\nA body.", "url", "javascript:alert(1)"), "BAD_INPUT");
        assertRejected(vars("text", "A title\n\nA body.", "publishedAt", "yesterday"), "BAD_INPUT");
    }

    @Test
    void unknownIdsToWalkFromAreNotFound() {
        // the lookups (article, person, node, ...) answer null for an unknown id: ExploringShapeTest
        for (String query : new String[] {
            "{ neighborhood(id: \"person:nobody-at-all\") { nodes { id } } }",
            "{ path(fromId: \"person:a-nobody\", toId: \"person:b-nobody\") { nodes { id } } }"
        }) {
            assertEquals("NOT_FOUND", errorCode(query, Map.of()), query);
        }
    }

    @Test
    void pageSizeOutOfRangeIsBadInput() {
        assertEquals("BAD_INPUT", errorCode("{ articles(first: 101) { totalCount } }", Map.of()));
        assertEquals("BAD_INPUT", errorCode("{ articles(first: -1) { totalCount } }", Map.of()));
        assertEquals("BAD_INPUT", errorCode("{ quotes(first: 1000) { totalCount } }", Map.of()));
        assertEquals("BAD_INPUT", errorCode("{ articles(after: \"bm90LWEtY3Vyc29y\") { totalCount } }", Map.of()));
        assertEquals("BAD_INPUT", errorCode("{ neighborhood(id: \"x:y\", hops: 9) { nodes { id } } }", Map.of()));
        assertEquals("BAD_INPUT", errorCode("{ search(query: \"   \") { label } }", Map.of()));
    }

    @Test
    void errorsCarryAMessageAndNoStackTrace() {
        JsonPath json = post(INGEST, vars("text", ""));
        String message = json.getString("errors[0].message");
        assertFalse(message.isBlank());
        assertFalse(message.contains("Exception"), message);
        assertFalse(json.prettify().contains("\tat "), "no stack trace leaks");
        assertFalse(json.prettify().contains("stackTrace"), "no stack trace leaks");
    }

    private void assertRejected(Map<String, Object> variables, String code) {
        long before = nodeCount();
        assertEquals(code, errorCode(INGEST, variables));
        assertEquals(before, nodeCount(), "a rejected article writes nothing");
    }

    private long nodeCount() {
        return driver.executableQuery("MATCH (n) RETURN count(n) AS c")
                .execute()
                .records()
                .get(0)
                .get("c")
                .asLong();
    }
}
