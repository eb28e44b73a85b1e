package io.whosaid.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Raw Cypher behind the leanest HTTP server ({@link CypherRelay}), driven by the same HTTP client and JSON parser
 * as the GraphQL systems. Measured next to raw Cypher, it shows what an HTTP hop and JSON cost by themselves.
 */
final class RelayTarget implements Target {

    private final URI endpoint;
    private final HttpPoster client = new HttpPoster();

    RelayTarget(URI endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public String name() {
        return "raw Cypher over HTTP";
    }

    @Override
    public String how(StandardRequest request) {
        return request.cypherFile() + ".cypher behind a bare Vert.x server";
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public int execute(StandardRequest request, Map<String, Object> parameters) throws IOException {
        String body = GraphQLTarget.JSON
                .createObjectBuilder()
                .add("request", request.name())
                .add("parameters", GraphQLTarget.jsonObject(parameters))
                .build()
                .toString();
        HttpPoster.Answer response = client.post(endpoint, body, Map.of());
        if (response.status() != 200) {
            throw new IOException(name() + " answered HTTP " + response.status() + ": " + response.body());
        }
        JsonObject json;
        try (var reader = GraphQLTarget.JSON.createReader(new StringReader(response.body()))) {
            json = reader.readObject();
        }
        List<String> itemLists = switch (request) {
            case ARTICLE -> List.of("/rows/0/article/quotes", "/rows/0/article/comments");
            case QUOTES_ABOUT -> List.of("/rows/0/quotes");
            case NEIGHBORHOOD, PATH -> List.of("/rows/0/nodes");
            case SEARCH, TOP_SPEAKERS -> List.of("/rows");
        };
        return GraphQLTarget.itemsAt(json, itemLists);
    }
}
