package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.errorCode;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.support.KnownGraph;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What visual front ends get from neighborhood and path: counts, weights, support, truncation, type filters, Cytoscape's format. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class SubgraphApiTest {

    static final String FIELDS = "nodes { id type label degree said quotedAbout } "
            + "edges { id type source target weight supports } truncated";

    @Inject
    ArticleWriter writer;

    String articleId;
    String quell;
    String brenn;

    @BeforeEach
    void write() {
        articleId = KnownGraph.write(writer);
        quell = personId("Mara Quell");
        brenn = personId("Ivo Brenn");
    }

    @Test
    void nodesCountAndEdgesWeighAndSayWhatSupportsThem() {
        JsonPath json = data("query($id: ID!) { neighborhood(id: $id) { " + FIELDS + " } }", vars("id", quell));
        Map<String, Object> self = node(json, quell);
        JsonPath counts = data(
                "query($id: ID!) { person(id: $id) { said { totalCount } quotedAbout { totalCount } } }",
                vars("id", quell));
        int said = counts.getInt("data.person.said.totalCount");
        int aboutHer = counts.getInt("data.person.quotedAbout.totalCount");
        assertTrue(said >= 3 && aboutHer >= 1, "the fixture's quotes, and any other test's");
        assertEquals(said, self.get("said"));
        assertEquals(aboutHer, self.get("quotedAbout"));
        // her quotes, the quotes about her, and at least a MENTIONS from the article and an AFFILIATED_WITH
        assertTrue((Integer) self.get("degree") >= said + aboutHer + 2, self.toString());
        assertEquals(false, json.getBoolean("data.neighborhood.truncated"));

        Map<String, Object> mentions = edge(json, articleId, "MENTIONS", quell);
        assertEquals(3, mentions.get("weight"), "the article names her three times");
        assertEquals(List.of(articleId), mentions.get("supports"));
        Map<String, Object> about = json.getList("data.neighborhood.edges", Map.class).stream()
                .filter(e -> e.get("type").equals("ABOUT"))
                .findFirst()
                .map(e -> (Map<String, Object>) e)
                .orElseThrow();
        assertEquals(1, about.get("weight"));
        assertEquals(List.of(about.get("source")), about.get("supports"), "an ABOUT edge is supported by its quote");
    }

    @Test
    void aNeighbourhoodCutOffSaysSo() {
        JsonPath json =
                data("query($id: ID!) { neighborhood(id: $id, limit: 2) { " + FIELDS + " } }", vars("id", quell));
        assertEquals(3, json.getList("data.neighborhood.nodes").size(), "the node and two others");
        assertTrue(json.getBoolean("data.neighborhood.truncated"));
    }

    @Test
    void edgeTypesFilterTheNeighbourhoodAndThePath() {
        JsonPath said = data(
                "query($id: ID!) { neighborhood(id: $id, hops: 2, types: [SAID]) { " + FIELDS + " } }",
                vars("id", quell));
        assertEquals(Set.of("SAID"), Set.copyOf(said.getList("data.neighborhood.edges.type", String.class)));
        int herQuotes = data("query($id: ID!) { person(id: $id) { said { totalCount } } }", vars("id", quell))
                .getInt("data.person.said.totalCount");
        assertEquals(1 + herQuotes, said.getList("data.neighborhood.nodes").size(), "she and her quotes");

        JsonPath any = data(
                "query($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { " + FIELDS + " } }",
                vars("a", quell, "b", brenn));
        JsonPath quotes = data(
                "query($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, types: [SAID, ABOUT]) { " + FIELDS + " } }",
                vars("a", quell, "b", brenn));
        List<String> quoteTypes = quotes.getList("data.path.edges.type", String.class);
        assertEquals(List.of("ABOUT", "SAID"), quoteTypes.stream().sorted().toList(), "Brenn said a quote about her");
        assertTrue(any.getList("data.path.edges").size() <= quoteTypes.size());
        JsonPath none = data(
                "query($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, types: [PUBLISHED_BY]) { nodes { id } } }",
                vars("a", quell, "b", brenn));
        assertNull(none.get("data.path"), "no path walks only PUBLISHED_BY");
        assertEquals(
                "BAD_INPUT",
                errorCode("query($id: ID!) { neighborhood(id: $id, types: []) { truncated } }", vars("id", quell)));
    }

    static final String PATHS = "graph { " + FIELDS + " } paths { nodes edges }";

    @Test
    @SuppressWarnings("unchecked")
    void shortestPathsAreEveryShortestConnectionEachInOrder() {
        int length = data(
                        "query($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { edges { id } } }",
                        vars("a", quell, "b", brenn))
                .getList("data.path.edges")
                .size();
        JsonPath json = data(
                "query($a: ID!, $b: ID!) { shortestPaths(fromId: $a, toId: $b) { " + PATHS + " } }",
                vars("a", quell, "b", brenn));
        List<Map<String, List<String>>> paths = json.getList("data.shortestPaths.paths");
        assertTrue(
                paths.size() >= 2,
                "through the article that names both, and through Brenn's quote about her: " + paths);
        Map<String, Map<String, Object>> edges = new java.util.HashMap<>();
        json.getList("data.shortestPaths.graph.edges", Map.class).forEach(e -> edges.put((String) e.get("id"), e));
        Set<String> graphNodes = Set.copyOf(json.getList("data.shortestPaths.graph.nodes.id", String.class));
        Set<List<String>> distinct = new java.util.HashSet<>();
        for (Map<String, List<String>> path : paths) {
            List<String> nodes = path.get("nodes");
            assertEquals(length, path.get("edges").size(), "every path is as short as path's");
            assertEquals(quell, nodes.get(0));
            assertEquals(brenn, nodes.get(nodes.size() - 1));
            assertTrue(graphNodes.containsAll(nodes));
            for (int i = 0; i < length; i++) {
                Map<String, Object> edge = edges.get(path.get("edges").get(i));
                assertEquals(
                        Set.of(nodes.get(i), nodes.get(i + 1)),
                        Set.of(edge.get("source"), edge.get("target")),
                        "edge " + i + " joins the path's nodes " + i + " and " + (i + 1));
            }
            assertTrue(distinct.add(nodes), "each path once: " + nodes);
        }
        assertEquals(false, json.getBoolean("data.shortestPaths.graph.truncated"));

        JsonPath one = data(
                "query($a: ID!, $b: ID!) { shortestPaths(fromId: $a, toId: $b, limit: 1) { " + PATHS + " } }",
                vars("a", quell, "b", brenn));
        assertEquals(1, one.getList("data.shortestPaths.paths").size());
        assertTrue(one.getBoolean("data.shortestPaths.graph.truncated"));

        JsonPath quotes = data(
                "query($a: ID!, $b: ID!) { shortestPaths(fromId: $a, toId: $b, types: [SAID, ABOUT]) { " + PATHS
                        + " } }",
                vars("a", quell, "b", brenn));
        assertEquals(
                Set.of("SAID", "ABOUT"),
                Set.copyOf(quotes.getList("data.shortestPaths.graph.edges.type", String.class)));
        assertNull(data(
                        "query($a: ID!, $b: ID!) { shortestPaths(fromId: $a, toId: $b, types: [PUBLISHED_BY]) { paths { nodes } } }",
                        vars("a", quell, "b", brenn))
                .get("data.shortestPaths"));
        assertEquals(
                "NOT_FOUND",
                errorCode(
                        "query($a: ID!) { shortestPaths(fromId: $a, toId: \"person:nobody-at-all\") { paths { nodes } } }",
                        vars("a", quell)));
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "query($a: ID!, $b: ID!) { shortestPaths(fromId: $a, toId: $b, limit: 0) { paths { nodes } } }",
                        vars("a", quell, "b", brenn)));
    }

    /**
     * Counts, weights and supports are read only when selected: under an alias, in Cytoscape's elements or through a
     * fragment too.
     */
    @Test
    void costlyFieldsAreReadWhereverTheyAreSelected() {
        int said = data("query($id: ID!) { person(id: $id) { said { totalCount } } }", vars("id", quell))
                .getInt("data.person.said.totalCount");
        JsonPath elements = data(
                "query($id: ID!) { neighborhood(id: $id) { elements { nodes { data { id s: said } } } } }",
                vars("id", quell));
        assertEquals(
                List.of(said),
                elements.getList("data.neighborhood.elements.nodes.data.findAll { it.id == '" + quell + "' }.s"));
        JsonPath weights = data(
                "query($id: ID!) { neighborhood(id: $id) { elements { edges { data { type source target w: weight } } } } }",
                vars("id", quell));
        assertEquals(
                List.of(3),
                weights.getList(
                        "data.neighborhood.elements.edges.data.findAll { it.type == 'MENTIONS' && it.source == '"
                                + articleId + "' && it.target == '" + quell + "' }.w"),
                "the article names her three times");
        JsonPath fragment = data(
                "query($a: ID!, $b: ID!) { shortestPaths(fromId: $a, toId: $b) { graph { nodes { ...Counts }"
                        + " edges { ...Provenance } } } } fragment Counts on GraphNode { id said }"
                        + " fragment Provenance on GraphEdge { supports }",
                vars("a", quell, "b", brenn));
        assertEquals(
                List.of(said),
                fragment.getList("data.shortestPaths.graph.nodes.findAll { it.id == '" + quell + "' }.said"));
        assertTrue(
                fragment.getList("data.shortestPaths.graph.edges.supports", List.class).stream()
                        .anyMatch(supports -> !supports.isEmpty()),
                "a path between two people runs through a quote or an article: " + fragment.prettify());
    }

    @Test
    void elementsAreCytoscapesFormat() {
        JsonPath json = data(
                "query($id: ID!) { neighborhood(id: $id) { nodes { id } edges { id } "
                        + "elements { nodes { data { id type label degree } } edges { data { id source target type weight } } } } }",
                vars("id", quell));
        assertEquals(
                json.getList("data.neighborhood.nodes.id"), json.getList("data.neighborhood.elements.nodes.data.id"));
        assertEquals(
                json.getList("data.neighborhood.edges.id"), json.getList("data.neighborhood.elements.edges.data.id"));
        assertFalse(json.getList("data.neighborhood.elements.edges").isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(JsonPath json, String id) {
        return json.getList("data.neighborhood.nodes", Map.class).stream()
                .filter(n -> n.get("id").equals(id))
                .findFirst()
                .map(n -> (Map<String, Object>) n)
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> edge(JsonPath json, String source, String type, String target) {
        return json.getList("data.neighborhood.edges", Map.class).stream()
                .filter(e -> e.get("source").equals(source)
                        && e.get("type").equals(type)
                        && e.get("target").equals(target))
                .findFirst()
                .map(e -> (Map<String, Object>) e)
                .orElseThrow(() -> new AssertionError("no edge " + type));
    }

    private static String personId(String name) {
        return data("query($n: String) { people(name: $n) { edges { node { id } } } }", vars("n", name))
                .getString("data.people.edges[0].node.id");
    }
}
