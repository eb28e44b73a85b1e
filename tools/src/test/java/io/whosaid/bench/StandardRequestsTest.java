package io.whosaid.bench;

import static io.whosaid.support.GraphQL.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.graph.GraphConnection;
import io.whosaid.graph.SearchQuery;
import io.whosaid.support.KnownGraph;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * The bench compares latencies only if its systems do the same work: raw Cypher through the driver, the same
 * Cypher behind the bare HTTP server ({@link CypherRelay}), and WhoSaid's GraphQL must answer each standard
 * request with the same number of items, here on a known graph in a real Neo4j.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class StandardRequestsTest {

    @Inject
    ArticleWriter writer;

    @Inject
    GraphConnection graph;

    @Inject
    Driver driver;

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void rawCypherTheBareHttpServerAndWhoSaidAnswerTheSameItems() throws Exception {
        String articleId = KnownGraph.write(writer);
        String quell = entityId("people", "Mara Quell");
        String brenn = entityId("people", "Ivo Brenn");
        String tidewater = entityId("organizations", "Tidewater Lines");
        Map<StandardRequest, Map<String, Object>> parameters = new LinkedHashMap<>();
        parameters.put(StandardRequest.ARTICLE, Map.of("id", articleId));
        parameters.put(StandardRequest.QUOTES_ABOUT, Map.of("id", quell, "first", 20));
        parameters.put(StandardRequest.NEIGHBORHOOD, Map.of("id", quell, "limit", 100));
        parameters.put(StandardRequest.PATH, Map.of("fromId", quell, "toId", brenn));
        parameters.put(
                StandardRequest.SEARCH,
                Map.of(
                        "query",
                        "Mara Quell",
                        "lucene",
                        SearchQuery.parse("Mara Quell").lucene(),
                        "limit",
                        10));
        parameters.put(StandardRequest.TOP_SPEAKERS, Map.of("id", tidewater, "first", 10));

        int port = ChildProcess.freePort();
        Path project = Path.of("").toAbsolutePath();
        try (AutoCloseable relay = CypherRelay.start(port, graph.uri(), graph.authToken(), project);
                RelayTarget overHttp = new RelayTarget(URI.create("http://127.0.0.1:" + port + "/"));
                WhoSaidTarget whoSaid = new WhoSaidTarget(endpoint, Map.of())) {
            CypherTarget raw = new CypherTarget(driver, StandardQueries.load(project));
            for (Map.Entry<StandardRequest, Map<String, Object>> request : parameters.entrySet()) {
                int items = raw.execute(request.getKey(), request.getValue());
                assertTrue(items > 0, "raw Cypher answers (" + request.getKey().letter() + ") with items");
                assertEquals(
                        items,
                        overHttp.execute(request.getKey(), request.getValue()),
                        "bare HTTP server, (" + request.getKey().letter() + ")");
                assertEquals(
                        items,
                        whoSaid.execute(request.getKey(), request.getValue()),
                        "WhoSaid, (" + request.getKey().letter() + ")");
            }
        }
    }

    private static String entityId(String root, String name) {
        return data(
                        "query($name: String) { " + root + "(name: $name) { edges { node { id } } } }",
                        Map.of("name", name))
                .getString("data." + root + ".edges[0].node.id");
    }
}
