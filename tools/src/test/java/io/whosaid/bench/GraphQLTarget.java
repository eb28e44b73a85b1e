package io.whosaid.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A GraphQL server over HTTP: POSTs the request's document with the parameters as variables, reads and parses
 * the whole answer, and fails on a non-200 status or any GraphQL error. Both GraphQL systems are driven by
 * this same client, so their numbers differ only by the server.
 */
class GraphQLTarget implements Target {

    /** One request as this server spells it: the document, how it serves it, and where its items are. */
    record Document(String query, String how, List<String> itemLists) {}

    /**
     * One provider for every request: {@code Json.createReader} and friends look the provider up through the
     * ServiceLoader on each call, which cost this client ~0.3 ms a request (half of a {@code { __typename }}
     * round trip), charged to both GraphQL systems and not to raw Cypher.
     */
    static final JsonProvider JSON = JsonProvider.provider();

    private final String name;
    private final URI endpoint;
    private final Map<StandardRequest, Document> documents;
    private final Map<String, String> headers;
    private final HttpPoster client;

    GraphQLTarget(String name, URI endpoint, Map<StandardRequest, Document> documents, Map<String, String> headers) {
        this.name = name;
        this.endpoint = endpoint;
        this.documents = documents;
        this.headers = headers;
        this.client = new HttpPoster();
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
    public void close() {
        client.close();
    }

    @Override
    public int execute(StandardRequest request, Map<String, Object> parameters) throws Exception {
        Document document = documents.get(request);
        return itemsAt(post(document.query(), parameters), document.itemLists());
    }

    /** How many items the lists at these pointers hold together (a pointer to no list adds none). */
    static int itemsAt(JsonObject answer, List<String> pointers) {
        int items = 0;
        for (String pointer : pointers) {
            if (resolve(answer, pointer) instanceof JsonArray array) {
                items += array.size();
            }
        }
        return items;
    }

    /** The parameters as a JSON object: integers as numbers, everything else as strings. */
    static JsonObjectBuilder jsonObject(Map<String, Object> parameters) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        parameters.forEach((key, value) -> {
            if (value == null) {
                object.addNull(key);
            } else if (value instanceof Integer number) {
                object.add(key, number);
            } else if (value instanceof List<?> list) {
                var array = JSON.createArrayBuilder();
                for (Object element : list) {
                    if (element instanceof Map<?, ?> map) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> fields = (Map<String, Object>) map;
                        array.add(jsonObject(fields));
                    } else {
                        array.add(element.toString());
                    }
                }
                object.add(key, array);
            } else {
                object.add(key, value.toString());
            }
        });
        return object;
    }

    /** POSTs one GraphQL request and returns its {@code data}; throws on HTTP or GraphQL errors. */
    JsonObject post(String query, Map<String, Object> variables) throws IOException {
        String body = JSON.createObjectBuilder()
                .add("query", query)
                .add("variables", jsonObject(variables))
                .build()
                .toString();
        HttpPoster.Answer response = client.post(endpoint, body, headers);
        if (response.status() != 200) {
            throw new IOException(name + " answered HTTP " + response.status() + ": " + abbreviated(response.body()));
        }
        JsonObject json;
        try (var reader = JSON.createReader(new StringReader(response.body()))) {
            json = reader.readObject();
        }
        if (json.containsKey("errors") && !json.getJsonArray("errors").isEmpty()) {
            throw new IOException(name + " answered errors: "
                    + abbreviated(json.getJsonArray("errors").toString()));
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
