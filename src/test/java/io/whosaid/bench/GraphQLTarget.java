package io.whosaid.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A GraphQL server over HTTP: POSTs the request's document with the parameters as variables, reads and parses
 * the whole answer, and fails on a non-200 status or any GraphQL error. Both GraphQL systems are driven by
 * this same client, so their numbers differ only by the server.
 */
class GraphQLTarget implements Target {

    /** One request as this server spells it: the document, how it serves it, and where its items are. */
    record Document(String query, String how, List<String> itemLists) {
    }

    /**
     * One provider for every request: {@code Json.createReader} and friends look the provider up through the
     * ServiceLoader on each call, which cost this client ~0.3 ms a request (half of a {@code { __typename }}
     * round trip), charged to both GraphQL systems and not to raw Cypher.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final String name;
    private final URI endpoint;
    private final Map<StandardRequest, Document> documents;
    private final Map<String, String> headers;
    private final HttpClient client;

    GraphQLTarget(String name, URI endpoint, Map<StandardRequest, Document> documents, Map<String, String> headers) {
        this.name = name;
        this.endpoint = endpoint;
        this.documents = documents;
        this.headers = headers;
        // Its own connection pool, big enough for the highest concurrency, on daemon threads.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "bench-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String how(StandardRequest request) {
        Document document = documents.get(request);
        return document == null ? null : document.how();
    }

    @Override
    public int execute(StandardRequest request, Map<String, Object> parameters) throws Exception {
        Document document = documents.get(request);
        JsonObject data = post(document.query(), parameters);
        int items = 0;
        for (String pointer : document.itemLists()) {
            JsonValue value = resolve(data, pointer);
            if (value instanceof JsonArray array) {
                items += array.size();
            }
        }
        return items;
    }

    /** POSTs one GraphQL request and returns its {@code data}; throws on HTTP or GraphQL errors. */
    JsonObject post(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        JsonObjectBuilder vars = JSON.createObjectBuilder();
        variables.forEach((key, value) -> {
            if (value == null) {
                vars.addNull(key);
            } else if (value instanceof Integer number) {
                vars.add(key, number);
            } else {
                vars.add(key, value.toString());
            }
        });
        String body = JSON.createObjectBuilder().add("query", query).add("variables", vars).build().toString();
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(name + " answered HTTP " + response.statusCode() + ": " + abbreviated(response.body()));
        }
        JsonObject json;
        try (var reader = JSON.createReader(new StringReader(response.body()))) {
            json = reader.readObject();
        }
        if (json.containsKey("errors") && !json.getJsonArray("errors").isEmpty()) {
            throw new IOException(name + " answered errors: " + abbreviated(json.getJsonArray("errors").toString()));
        }
        return json.getJsonObject("data");
    }

    /** A JSON pointer where "/0" also steps into the first element of a list. */
    static JsonValue resolve(JsonObject data, String pointer) {
        JsonValue value = data;
        for (String part : pointer.substring(1).split("/")) {
            if (value instanceof JsonObject object) {
                value = object.getOrDefault(part, JsonValue.NULL);
            } else if (value instanceof JsonArray array) {
                int index = Integer.parseInt(part);
                value = index < array.size() ? array.get(index) : JsonValue.NULL;
            } else {
                return JsonValue.NULL;
            }
        }
        return value;
    }

    static Map<String, Object> with(Map<String, Object> parameters, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(parameters);
        copy.put(key, value);
        return copy;
    }

    private static String abbreviated(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
