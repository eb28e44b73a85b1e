package io.whosaid.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service under test, through its public GraphQL API. The contract has no field for (f) "top speakers
 * about an organization" yet, so (f) is emulated as a client would have to: every page of
 * {@code quotes(aboutId:)}, grouped by speaker on the client.
 */
final class WhoSaidTarget extends GraphQLTarget {

    static final String TOP_SPEAKERS_PAGE = """
            query($id: ID!, $after: String) {
              quotes(aboutId: $id, first: 100, after: $after) {
                edges { node { speaker { id name } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    /** An emulated (f) still paging after this long fails (and counts as an error) rather than stall the run. */
    private static final long EMULATION_LIMIT_NANOS = 30_000_000_000L;

    WhoSaidTarget(URI endpoint, Map<String, String> headers) {
        super("WhoSaid", endpoint, documents(), headers);
    }

    private static Map<StandardRequest, Document> documents() {
        Map<StandardRequest, Document> documents = new EnumMap<>(StandardRequest.class);
        documents.put(StandardRequest.ARTICLE, new Document("""
                query($id: ID!) {
                  article(id: $id) {
                    id title publishedAt
                    publisher { id name }
                    quotes { id text kind cue speaker { id name } }
                    comments { id number text author { handle } }
                  }
                }""", "article(id:)", List.of("/article/quotes", "/article/comments")));
        documents.put(StandardRequest.QUOTES_ABOUT, new Document("""
                query($id: ID!, $first: Int) {
                  quotes(aboutId: $id, first: $first) {
                    totalCount
                    edges { cursor node { id text kind speaker { id name } article { id title } } }
                    pageInfo { hasNextPage endCursor }
                  }
                }""", "quotes(aboutId:, first: 20)", List.of("/quotes/edges")));
        documents.put(StandardRequest.NEIGHBORHOOD, new Document("""
                query($id: ID!, $limit: Int) {
                  neighborhood(id: $id, hops: 2, limit: $limit) {
                    nodes { id type label }
                    edges { id type source target }
                  }
                }""", "neighborhood(hops: 2, limit: 100)", List.of("/neighborhood/nodes")));
        documents.put(StandardRequest.PATH, new Document("""
                query($fromId: ID!, $toId: ID!) {
                  path(fromId: $fromId, toId: $toId, maxHops: 4) {
                    nodes { id type label }
                    edges { id type source target }
                  }
                }""", "path(maxHops: 4)", List.of("/path/nodes")));
        documents.put(StandardRequest.SEARCH, new Document("""
                query($query: String!) {
                  search(query: $query, first: 10) { type label score node { id } }
                }""", "search(first: 10)", List.of("/search")));
        documents.put(StandardRequest.TOP_SPEAKERS, new Document(TOP_SPEAKERS_PAGE,
                "emulated: all pages of quotes(aboutId:, first: 100), grouped client-side", List.of()));
        return documents;
    }

    @Override
    public int execute(StandardRequest request, Map<String, Object> parameters) throws Exception {
        if (request != StandardRequest.TOP_SPEAKERS) {
            return super.execute(request, parameters);
        }
        Map<String, Integer> quotesBySpeaker = new HashMap<>();
        String after = null;
        long giveUpAt = System.nanoTime() + EMULATION_LIMIT_NANOS;
        int pages = 0;
        do {
            if (System.nanoTime() > giveUpAt) {
                throw new java.io.IOException("emulated (f) gave up after 30 s and " + pages + " pages");
            }
            pages++;
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", parameters.get("id"));
            variables.put("after", after);
            JsonObject quotes = post(TOP_SPEAKERS_PAGE, variables).getJsonObject("quotes");
            for (JsonValue edge : quotes.getJsonArray("edges")) {
                JsonValue speaker = edge.asJsonObject().getJsonObject("node").get("speaker");
                if (speaker != null && speaker.getValueType() == JsonValue.ValueType.OBJECT) {
                    quotesBySpeaker.merge(speaker.asJsonObject().getString("id"), 1, Integer::sum);
                }
            }
            JsonObject pageInfo = quotes.getJsonObject("pageInfo");
            after = pageInfo.getBoolean("hasNextPage") ? pageInfo.getString("endCursor") : null;
        } while (after != null);
        int first = (Integer) parameters.get("first");
        return (int) quotesBySpeaker.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(first).count();
    }
}
