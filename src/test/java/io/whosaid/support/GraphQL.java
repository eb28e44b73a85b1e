package io.whosaid.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Posts GraphQL requests over HTTP, as any client does, and reads the JSON answer. */
public final class GraphQL {

    private GraphQL() {
    }

    public static JsonPath post(String query) {
        return post(query, Map.of());
    }

    public static JsonPath post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
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
