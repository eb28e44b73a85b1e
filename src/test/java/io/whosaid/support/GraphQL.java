package io.whosaid.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Posts GraphQL requests over HTTP, as any client does, and reads the JSON answer. */
public final class GraphQL {

    /** Test API keys from %test.whosaid.auth.api-keys in application.properties. */
    public static final String EDITOR_KEY = "test-editor-key";

    public static final String READER_KEY = "test-reader-key";

    private GraphQL() {}

    public static JsonPath post(String query) {
        return post(query, Map.of());
    }

    /** Posts as an editor (the test API key of %test.whosaid.auth.api-keys), so mutations are allowed. */
    public static JsonPath post(String query, Map<String, Object> variables) {
        return postAs(EDITOR_KEY, query, variables)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /**
     * Posts with another API key ({@link #READER_KEY}, any string), or with none when {@code apiKey} is null; the
     * status is not checked, as refusals come with 401 or 403.
     */
    public static Response postAs(String apiKey, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (apiKey != null) {
            request = request.header("X-API-Key", apiKey);
        }
        return request.when().post("/graphql");
    }

    /** The data of a request that must succeed; fails with the errors otherwise. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        JsonPath json = post(query, variables);
        List<Object> errors = json.getList("errors");
        if (errors != null && !errors.isEmpty()) {
            throw new AssertionError("GraphQL errors: " + errors);
        }
        return json;
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** The extensions.code of the first error of a request that must fail. */
    public static String errorCode(String query, Map<String, Object> variables) {
        JsonPath json = post(query, variables);
        List<Object> errors = json.getList("errors");
        if (errors == null || errors.isEmpty()) {
            throw new AssertionError("Expected an error, got " + json.prettify());
        }
        return json.getString("errors[0].extensions.code");
    }

    public static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
