package io.whosaid.api.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.whosaid.support.Neo4jTestResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inputs the spec's coercion refuses are refused before anything runs, with a 400 under
 * application/graphql-response+json and a message free of internal text: Ints beyond 32 bits (never wrapped),
 * floats and strings given for an Int, and JSON nested absurdly deep.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ScalarInputsTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String PAGE = "query($f: Int) { articles(first: $f) { totalCount } }";

    @Test
    void intLiteralsBeyondThirtyTwoBitsAreRefusedNotWrapped() {
        for (String literal : new String[] {"4294967297", "2147483648", "-2147483649"}) {
            Response response = post("{ articles(first: " + literal + ") { totalCount } }", null);
            assertEquals(400, response.statusCode(), response.asString());
            assertEquals("BAD_INPUT", response.jsonPath().getString("errors[0].extensions.code"), response.asString());
            assertTrue(response.jsonPath().getString("errors[0].message").contains(literal), response.asString());
            assertNull(response.jsonPath().get("data"), "nothing ran: " + response.asString());
        }
    }

    @Test
    void intVariablesMustBeWholeThirtyTwoBitNumbers() {
        for (Object bad : new Object[] {1.5, 4294967297L, 2147483648L, "abc", true}) {
            Response response = post(PAGE, Map.of("f", bad));
            assertEquals(400, response.statusCode(), bad + ": " + response.asString());
            assertEquals("BAD_INPUT", response.jsonPath().getString("errors[0].extensions.code"), response.asString());
            String message = response.jsonPath().getString("errors[0].message");
            assertEquals("Variable $f is not a valid Int (a whole number from -2147483648 to 2147483647)", message);
        }
        Response fine = post(PAGE, Map.of("f", 2));
        assertEquals(200, fine.statusCode(), fine.asString());
        assertNull(fine.jsonPath().get("errors"), fine.asString());
    }

    @Test
    void stringVariablesMustBeStrings() {
        Response response = post("query($q: String!) { search(query: $q) { label } }", Map.of("q", Map.of("a", 1)));
        assertEquals(400, response.statusCode(), response.asString());
        assertEquals("BAD_INPUT", response.jsonPath().getString("errors[0].extensions.code"));
        assertFalse(response.asString().contains("java"), response.asString());
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aHundredThousandDeepBodyIsABadRequest() throws Exception {
        // Sent with the JDK's client: REST Assured would pretty-print so deep a body for its log.
        String deep = "{\"query\": \"{ articles { totalCount } }\", \"variables\": {\"x\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(graphql)
                                .header("Content-Type", "application/json")
                                .header("Accept", GRAPHQL_RESPONSE)
                                .POST(HttpRequest.BodyPublishers.ofString(deep))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"BAD_REQUEST\""), response.body());
        assertTrue(response.body().contains("64 levels"), response.body());
    }

    private static Response post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        return given().accept(GRAPHQL_RESPONSE)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/graphql");
    }
}
