package io.whosaid.api.http;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One GraphQL-over-HTTP request, read and checked: a POST body ({@code application/json}, or the query alone as
 * {@code application/graphql}) or GET parameters. Anything malformed is a {@link RequestRejected} with a 4xx, so
 * it never reaches the GraphQL engine: a body that is not UTF-8, not JSON or not an object (batches are not
 * supported), a missing or non-string {@code query}, parameters of the wrong JSON type, and strings holding
 * unpaired UTF-16 surrogates, which cannot be stored or sent on as UTF-8 without silently changing them.
 *
 * @param variables as sent (an empty object when absent)
 */
public record GraphQLHttpRequest(String query, String operationName, JsonObject variables, JsonObject extensions) {

    private static final String QUERY = "query";
    private static final String OPERATION_NAME = "operationName";
    private static final String VARIABLES = "variables";
    private static final String EXTENSIONS = "extensions";
    /**
     * How deep a JSON body or parameter may nest. GraphQL variables never need much; far deeper documents
     * (100,000 brackets) would only exhaust the stack of a recursive reader.
     */
    static final int MAX_JSON_DEPTH = 64;

    /** The request as SmallRye GraphQL's execution service takes it. */
    public JsonObject toExecutionInput() {
        JsonObjectBuilder input = jsonProvider().createObjectBuilder().add(QUERY, query);
        if (operationName != null) {
            input.add(OPERATION_NAME, operationName);
        }
        if (!variables.isEmpty()) {
            input.add(VARIABLES, variables);
        }
        if (extensions != null && !extensions.isEmpty()) {
            input.add(EXTENSIONS, extensions);
        }
        return input.build();
    }

    /** The variables that are numbers, as the cost estimate reads page sizes from them. */
    public Map<String, Object> numericVariables() {
        Map<String, Object> numbers = new HashMap<>();
        variables.forEach((name, value) -> {
            if (value instanceof JsonNumber number) {
                numbers.put(name, number.isIntegral() ? number.longValue() : number.doubleValue());
            }
        });
        return numbers;
    }

    public static GraphQLHttpRequest fromPost(String contentType, byte[] body) {
        RequestContentType type = RequestContentType.parse(contentType);
        boolean json = type.mediaType().equals("application/json");
        boolean graphql = type.mediaType().equals("application/graphql");
        if (!json && !graphql) {
            throw new RequestRejected(
                    415,
                    "UNSUPPORTED_MEDIA_TYPE",
                    "POST a JSON body with Content-Type: application/json",
                    Map.of("Accept", "application/json"));
        }
        String charset = type.charset();
        if (charset != null && !charset.equals("utf-8")) {
            throw new RequestRejected(415, "UNSUPPORTED_MEDIA_TYPE", "The body must be UTF-8, not " + charset);
        }
        if (body == null || body.length == 0) {
            throw RequestRejected.badRequest("The request has no body; POST {\"query\": \"...\"}");
        }
        String text = strictUtf8(body);
        if (graphql) {
            return checked(text, null, null, null);
        }
        JsonValue parsed;
        requireShallow(text, "The body");
        try (JsonReader reader = jsonProvider().createReader(new StringReader(text))) {
            parsed = reader.readValue();
        } catch (JsonException | IllegalStateException | IllegalArgumentException e) {
            throw RequestRejected.badRequest("The body is not valid JSON");
        }
        if (!(parsed instanceof JsonObject object)) {
            throw RequestRejected.badRequest(
                    parsed instanceof JsonArray
                            ? "Batched requests (a JSON array) are not supported; send one operation per request"
                            : "The body must be a JSON object");
        }
        return fromJson(object);
    }

    public static GraphQLHttpRequest fromGet(Map<String, List<String>> parameters) {
        String query = single(parameters, QUERY);
        if (query == null) {
            throw RequestRejected.badRequest("The query parameter is missing");
        }
        JsonObject variables = jsonObjectParameter(parameters, VARIABLES);
        JsonObject extensions = jsonObjectParameter(parameters, EXTENSIONS);
        String operationName = single(parameters, OPERATION_NAME);
        return checked(
                query, operationName == null || operationName.isEmpty() ? null : operationName, variables, extensions);
    }

    static GraphQLHttpRequest fromJson(JsonObject body) {
        JsonValue query = body.get(QUERY);
        if (!(query instanceof JsonString queryString)) {
            throw RequestRejected.badRequest(
                    query == null || query == JsonValue.NULL ? "The request has no query" : "query must be a string");
        }
        JsonValue operationName = body.get(OPERATION_NAME);
        if (operationName != null && operationName != JsonValue.NULL && !(operationName instanceof JsonString)) {
            throw RequestRejected.badRequest("operationName must be a string or null");
        }
        return checked(
                queryString.getString(),
                operationName instanceof JsonString name ? name.getString() : null,
                objectOrNull(body, VARIABLES),
                objectOrNull(body, EXTENSIONS));
    }

    private static GraphQLHttpRequest checked(
            String query, String operationName, JsonObject variables, JsonObject extensions) {
        if (query.isBlank()) {
            throw RequestRejected.badRequest("The query is empty");
        }
        JsonObject vars = variables == null ? JsonValue.EMPTY_JSON_OBJECT : variables;
        if (hasUnpairedSurrogate(query)
                || (operationName != null && hasUnpairedSurrogate(operationName))
                || hasUnpairedSurrogate(vars)
                || (extensions != null && hasUnpairedSurrogate(extensions))) {
            throw RequestRejected.badRequest(
                    "The request holds an unpaired UTF-16 surrogate (\\uD800-\\uDFFF), " + "which is not a character");
        }
        return new GraphQLHttpRequest(query, operationName, vars, extensions);
    }

    private static JsonObject objectOrNull(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw RequestRejected.badRequest(name + " must be a JSON object or null");
    }

    private static JsonObject jsonObjectParameter(Map<String, List<String>> parameters, String name) {
        String text = single(parameters, name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        requireShallow(text, name);
        try (JsonReader reader = jsonProvider().createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException | IllegalStateException | IllegalArgumentException e) {
            // reported below
        }
        throw RequestRejected.badRequest(name + " must be a JSON object");
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw RequestRejected.badRequest("The " + name + " parameter is given more than once");
        }
        return values.get(0);
    }

    /** Refuses JSON text nested deeper than {@link #MAX_JSON_DEPTH}, before any parser recurses into it. */
    static void requireShallow(String json, String what) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_JSON_DEPTH) {
                    throw RequestRejected.badRequest(what + " nests JSON more than " + MAX_JSON_DEPTH + " levels deep");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }

    /** Decodes UTF-8, refusing malformed bytes instead of replacing them with U+FFFD. */
    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw RequestRejected.badRequest("The body is not valid UTF-8");
        }
    }

    static boolean hasUnpairedSurrogate(JsonValue value) {
        if (value instanceof JsonString string) {
            return hasUnpairedSurrogate(string.getString());
        }
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                if (hasUnpairedSurrogate(entry.getKey()) || hasUnpairedSurrogate(entry.getValue())) {
                    return true;
                }
            }
        }
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (hasUnpairedSurrogate(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
