package io.whosaid.export;

import static io.restassured.RestAssured.given;
import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.support.GraphQL;
import io.whosaid.support.KnownGraph;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.ReviewArticles;
import io.whosaid.support.SkewedGraph;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * The exports read back by real readers (JGraphT's GraphML and GEXF importers, the official GEXF 1.3 schema,
 * Jackson, commons-csv's parser) hold the same nodes, edges and attributes as the GraphQL API gives for the same
 * neighbourhood, path and search; the whole graph holds every node and relationship; refusals are clear.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ExportTest {

    static final String FIELDS = "nodes { id type label degree said quotedAbout } "
            + "edges { id type source target weight supports } truncated";

    @Inject
    ArticleWriter writer;

    @Inject
    Driver driver;

    @TestHTTPResource("/")
    URL exportUrl;

    String quell;
    String brenn;

    @BeforeEach
    void write() {
        KnownGraph.write(writer);
        quell = personId("Mara Quell");
        brenn = personId("Ivo Brenn");
    }

    /** A graph as a reader imported it: node and edge attributes by id. */
    record Imported(Map<String, Map<String, String>> nodes, List<Map<String, String>> edges) {}

    @Test
    void graphmlHoldsTheNeighbourhoodTheApiGives() throws Exception {
        JsonPath api = data("query($id: ID!) { neighborhood(id: $id, hops: 2) { " + FIELDS + " } }", vars("id", quell));
        byte[] file = export("graphml", GraphQL.READER_KEY, "id", quell, "hops", "2");
        GraphMLImporter<String, ImportedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(true);
        Imported imported = read(importer, new String(file, StandardCharsets.UTF_8));
        assertSameAs(api, "neighborhood", imported);
    }

    @Test
    void gexfIsValidGexf13AndHoldsTheNeighbourhood() throws Exception {
        JsonPath api = data(
                "query($id: ID!) { neighborhood(id: $id, types: [SAID, ABOUT, MENTIONS]) { " + FIELDS + " } }",
                vars("id", quell));
        byte[] file = export("gexf", GraphQL.READER_KEY, "id", quell, "types", "SAID,ABOUT,MENTIONS");
        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        URL xsd = getClass().getClassLoader().getResource("gexf-1.3/gexf.xsd");
        schemas.newSchema(xsd).newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));

        SimpleGEXFImporter<String, ImportedEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(false); // JGraphT carries GEXF 1.2's schema; 1.3's is checked above
        Imported imported = read(importer, new String(file, StandardCharsets.UTF_8));
        assertSameAs(api, "neighborhood", imported);
    }

    @Test
    void cytoscapeJsonIsTheApisElements() throws Exception {
        JsonPath api = data(
                "query($a: ID!, $b: ID!) { shortestPaths(fromId: $a, toId: $b) { graph { "
                        + "elements { nodes { data { id type label degree said quotedAbout } } "
                        + "edges { data { id type source target weight supports } } } } } }",
                vars("a", quell, "b", brenn));
        byte[] file = export("cytoscape", null, "from", quell, "to", brenn);
        JsonNode json = new ObjectMapper().readTree(file);
        ObjectMapper mapper = new ObjectMapper();
        Map<?, ?> expected = api.getMap("data.shortestPaths.graph.elements");
        Map<?, ?> elements = mapper.convertValue(json.get("elements"), Map.class);
        assertEquals(asSets(expected), asSets(elements));
        assertFalse(((List<?>) elements.get("edges")).isEmpty());
    }

    @Test
    void csvZipHoldsNodesAndEdgesOfTheSearch() throws Exception {
        List<String> hits = data("{ search(query: \"Quell\", first: 20) { node { id } } }")
                .getList("data.search.node.id", String.class);
        assertFalse(hits.isEmpty());
        byte[] file = export("csv", null, "q", "Quell", "first", "20");
        Map<String, List<CSVRecord>> tables = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                try (CSVParser parser = CSVParser.parse(
                        text, CSVFormat.RFC4180.builder().setHeader().build())) {
                    tables.put(entry.getName(), parser.getRecords());
                }
            }
        }
        assertEquals(Set.of("nodes.csv", "edges.csv"), tables.keySet());
        assertEquals(
                hits, tables.get("nodes.csv").stream().map(r -> r.get("Id")).toList(), "the hits, best first");
        Set<String> nodes = new HashSet<>(hits);
        for (CSVRecord edge : tables.get("edges.csv")) {
            assertTrue(nodes.contains(edge.get("Source")) && nodes.contains(edge.get("Target")), edge.toString());
            assertEquals("Directed", edge.get("Type"));
        }
        CSVRecord her = tables.get("nodes.csv").stream()
                .filter(r -> r.get("Id").equals(quell))
                .findFirst()
                .orElseThrow();
        JsonPath counts = data("query($id: ID!) { person(id: $id) { name said { totalCount } } }", vars("id", quell));
        assertEquals(counts.getString("data.person.name"), her.get("Label"));
        assertEquals("Person", her.get("type"));
        assertEquals(counts.getInt("data.person.said.totalCount"), Integer.parseInt(her.get("said")));
    }

    @Test
    void theWholeGraphIsStreamedWithEveryNodeAndRelationship() throws Exception {
        SkewedGraph.ensureProlificCommenter(); // a commenter with 2,000 comments: thousands of nodes
        Response response =
                given().header("X-API-Key", GraphQL.READER_KEY).when().get("/export/graphml");
        assertEquals(200, response.statusCode(), response.asString());
        assertNull(response.header("Content-Length"), "a large export is sent in chunks as it is written");
        assertEquals("chunked", response.header("Transfer-Encoding"));
        GraphMLImporter<String, ImportedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Imported imported = read(importer, response.asString());
        try (var session = driver.session()) {
            long nodes = session.run("MATCH (n) WHERE n:Article OR n:Entity OR n:Quote OR n:Comment OR n:Commenter "
                            + "RETURN count(n) AS c")
                    .single()
                    .get("c")
                    .asLong();
            long edges = session.run(
                            "MATCH (a)-[r]->(b) WHERE (a:Article OR a:Entity OR a:Quote OR a:Comment OR a:Commenter)"
                                    + " AND (b:Article OR b:Entity OR b:Quote OR b:Comment OR b:Commenter) RETURN count(r) AS c")
                    .single()
                    .get("c")
                    .asLong();
            assertTrue(nodes > 2000, "nodes: " + nodes);
            assertEquals(nodes, imported.nodes().size());
            assertEquals(edges, imported.edges().size());
        }
        assertEquals(
                "Comment",
                imported.nodes().values().stream()
                        .filter(n -> "Comment".equals(n.get("type")))
                        .findFirst()
                        .orElseThrow()
                        .get("type"));
    }

    /**
     * The edit log and what editors decided (:Edit and its TOUCHED links, :IdRule, :DuplicateRejection, the :EditLog
     * lock) are bookkeeping, not news: after edits that make each of them, every whole-graph export, read by its reader,
     * holds exactly the nodes of the model's labels and the relationships of its types, and each node's degree counts
     * only those relationships.
     */
    @Test
    void bookkeepingStaysOutOfTheWholeGraphExports() throws Exception {
        ReviewArticles articles = new ReviewArticles();
        String dorotea = ReviewArticles.entityId(articles.dorotea);
        String dora = ReviewArticles.entityId(articles.dora);
        String watch = ReviewArticles.entityId(articles.watch);
        String edit = data("mutation($id: ID!) { addAlias(id: $id, alias: \"D. V.\") { id } }", vars("id", dorotea))
                .getString("data.addAlias.id");
        data(
                "mutation($a: String!, $b: String!) { rejectDuplicate(ids: [$a, $b]) { id } }",
                vars("a", dorotea, "b", dora));
        data("mutation($id: ID!) { changeEntityType(id: $id, type: NOT_AN_ENTITY) { id } }", vars("id", watch));
        Set<String> modelLabels = Set.of("Article", "Person", "Organization", "Quote", "Comment", "Commenter");
        Set<String> modelTypes = new HashSet<>();
        for (io.whosaid.model.EdgeType type : io.whosaid.model.EdgeType.values()) {
            modelTypes.add(type.name());
        }
        Set<String> bookkeeping = new HashSet<>();
        long nodes;
        long edges;
        try (var session = driver.session()) {
            for (var record : session.run("MATCH (n) WHERE n:Edit OR n:IdRule OR n:DuplicateRejection OR n:EditLog "
                            + "RETURN n.id AS id")
                    .list()) {
                bookkeeping.add(record.get("id").asString());
            }
            nodes = session.run("MATCH (n) WHERE n:Article OR n:Entity OR n:Quote OR n:Comment OR n:Commenter "
                            + "RETURN count(n) AS c")
                    .single()
                    .get("c")
                    .asLong();
            edges = session.run(
                            "MATCH (a)-[r]->(b) WHERE type(r) IN $types RETURN count(r) AS c",
                            Map.of("types", List.copyOf(modelTypes)))
                    .single()
                    .get("c")
                    .asLong();
        }
        assertTrue(
                bookkeeping.contains(edit)
                        && bookkeeping.stream().anyMatch(id -> id.startsWith("rule:"))
                        && bookkeeping.stream().anyMatch(id -> id.startsWith("duplicate:")),
                bookkeeping.toString());

        GraphMLImporter<String, ImportedEdge> graphml = new GraphMLImporter<>();
        graphml.setVertexFactory(id -> id);
        graphml.setSchemaValidation(true);
        SimpleGEXFImporter<String, ImportedEdge> gexf = new SimpleGEXFImporter<>();
        gexf.setVertexFactory(id -> id);
        gexf.setSchemaValidation(false);
        Map<String, Imported> files = new HashMap<>();
        files.put("graphml", read(graphml, new String(export("graphml", GraphQL.READER_KEY), StandardCharsets.UTF_8)));
        files.put("gexf", read(gexf, new String(export("gexf", GraphQL.READER_KEY), StandardCharsets.UTF_8)));
        files.put("cytoscape", cytoscape(export("cytoscape", GraphQL.READER_KEY)));
        files.put("csv", csv(export("csv", GraphQL.READER_KEY)));
        for (Map.Entry<String, Imported> file : files.entrySet()) {
            String format = file.getKey();
            Imported imported = file.getValue();
            assertEquals(nodes, imported.nodes().size(), format + ": the model's nodes, no more");
            assertEquals(edges, imported.edges().size(), format + ": the model's relationships, no more");
            Map<String, Integer> degrees = new HashMap<>();
            for (Map<String, String> e : imported.edges()) {
                assertTrue(modelTypes.contains(e.get("type")), format + ": " + e);
                degrees.merge(e.get("source"), 1, Integer::sum);
                degrees.merge(e.get("target"), 1, Integer::sum);
            }
            for (Map.Entry<String, Map<String, String>> node : imported.nodes().entrySet()) {
                assertFalse(bookkeeping.contains(node.getKey()), format + ": " + node.getKey());
                assertTrue(modelLabels.contains(node.getValue().get("type")), format + ": " + node);
                assertEquals(
                        String.valueOf(degrees.getOrDefault(node.getKey(), 0)),
                        node.getValue().get("degree"),
                        format + ": the degree of " + node.getKey() + " counts only the exported relationships");
            }
            assertTrue(imported.nodes().containsKey(dorotea) && imported.nodes().containsKey(dora), format);
            assertFalse(imported.nodes().containsKey(watch), format + ": removed as not an entity");
        }
    }

    /** A Cytoscape JSON export read by Jackson, as Imported. */
    @SuppressWarnings("unchecked")
    private static Imported cytoscape(byte[] file) throws IOException {
        Map<String, Object> json = new ObjectMapper().readValue(file, Map.class);
        Map<String, Object> elements = (Map<String, Object>) json.get("elements");
        Map<String, Map<String, String>> nodes = new HashMap<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) elements.get("nodes")) {
            Map<String, String> data = new HashMap<>();
            ((Map<String, Object>) node.get("data")).forEach((k, v) -> data.put(k, String.valueOf(v)));
            nodes.put(data.get("id"), data);
        }
        List<Map<String, String>> edges = new ArrayList<>();
        for (Map<String, Object> edge : (List<Map<String, Object>>) elements.get("edges")) {
            Map<String, String> data = new HashMap<>();
            ((Map<String, Object>) edge.get("data")).forEach((k, v) -> data.put(k, String.valueOf(v)));
            edges.add(data);
        }
        return new Imported(nodes, edges);
    }

    /** A CSV zip export read by commons-csv, as Imported (Gephi's column names: Id, Source, Target, Label). */
    private static Imported csv(byte[] file) throws IOException {
        Map<String, Map<String, String>> nodes = new HashMap<>();
        List<Map<String, String>> edges = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                try (CSVParser parser = CSVParser.parse(
                        text, CSVFormat.RFC4180.builder().setHeader().build())) {
                    for (CSVRecord record : parser.getRecords()) {
                        Map<String, String> row = new HashMap<>(record.toMap());
                        if (entry.getName().equals("nodes.csv")) {
                            nodes.put(row.get("Id"), row);
                        } else {
                            row.put("source", row.get("Source"));
                            row.put("target", row.get("Target"));
                            row.put("type", row.get("Label"));
                            edges.add(row);
                        }
                    }
                }
            }
        }
        return new Imported(nodes, edges);
    }

    /**
     * A client that reads the start of a whole-graph export and hangs up: while it stalls, the export's read transaction
     * is open in Neo4j (so the file is still being written, not already in a buffer); once it is gone the transaction
     * goes within a few seconds, not at the export timeout, and the service answers the next request.
     */
    @Test
    void anExportTheClientAbandonsReleasesItsTransaction() throws Exception {
        SkewedGraph.ensureProlificCommenter();
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(2048); // before connecting, so the window stays small
            socket.connect(new InetSocketAddress(exportUrl.getHost(), exportUrl.getPort()), 5000);
            socket.getOutputStream()
                    .write(("GET /export/graphml HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + GraphQL.READER_KEY
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            byte[] start = socket.getInputStream().readNBytes(4096);
            assertTrue(
                    new String(start, StandardCharsets.UTF_8).startsWith("HTTP/1.1 200"),
                    new String(start, StandardCharsets.UTF_8));
            assertTrue(
                    waitFor(() -> !openReadTransactions().isEmpty()),
                    "no export transaction open while the client stalls");
        }
        assertTrue(waitFor(() -> openReadTransactions().isEmpty()), "still open: " + openReadTransactions());
        assertEquals(
                "Mara Quell",
                data("query($id: ID!) { person(id: $id) { name } }", vars("id", quell))
                        .getString("data.person.name"));
    }

    /** The queries of the transactions Neo4j has open, but for this one asking. */
    private List<String> openReadTransactions() {
        try (var session = driver.session()) {
            return session.run(
                            "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN currentQuery")
                    .list(row -> row.get("currentQuery").asString());
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void refusalsSayWhyWithoutAStackTrace() {
        assertRefused(given().when().get("/export/pdf?id=" + quell), 404, "NOT_FOUND");
        assertRefused(given().queryParam("id", "person:nobody-at-all").when().get("/export/graphml"), 404, "NOT_FOUND");
        assertRefused(
                given().queryParam("from", quell)
                        .queryParam("to", brenn)
                        .queryParam("types", "PUBLISHED_BY")
                        .when()
                        .get("/export/gexf"),
                404,
                "NOT_FOUND");
        assertRefused(
                given().queryParam("id", quell)
                        .queryParam("types", "SAID,LIKES")
                        .when()
                        .get("/export/gexf"),
                400,
                "BAD_INPUT");
        assertRefused(
                given().queryParam("id", quell).queryParam("hops", "two").when().get("/export/gexf"), 400, "BAD_INPUT");
        assertRefused(
                given().queryParam("id", quell).queryParam("hops", "9").when().get("/export/gexf"), 400, "BAD_INPUT");
        assertRefused(
                given().queryParam("id", quell).queryParam("q", "x").when().get("/export/csv"), 400, "BAD_INPUT");
        assertRefused(given().queryParam("from", quell).when().get("/export/csv"), 400, "BAD_INPUT");
        assertRefused(given().queryParam("depth", "2").when().get("/export/csv"), 400, "BAD_INPUT");
        // Over an anonymous caller's budget: the whole graph, or a neighbourhood of 500 nodes, which a key allows.
        assertRefused(given().when().get("/export/graphml"), 400, "QUERY_TOO_COMPLEX");
        assertRefused(
                given().queryParam("id", quell)
                        .queryParam("limit", "500")
                        .when()
                        .get("/export/cytoscape"),
                400,
                "QUERY_TOO_COMPLEX");
        assertEquals(
                200,
                given().header("X-API-Key", GraphQL.READER_KEY)
                        .queryParam("id", quell)
                        .queryParam("limit", "500")
                        .when()
                        .get("/export/cytoscape")
                        .statusCode());
        assertRefused(
                given().header("X-API-Key", "not-a-key")
                        .queryParam("id", quell)
                        .when()
                        .get("/export/csv"),
                401,
                "UNAUTHENTICATED");
    }

    private static void assertRefused(Response response, int status, String code) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), body);
        assertEquals(code, response.jsonPath().getString("errors[0].extensions.code"), body);
        String message = response.jsonPath().getString("errors[0].message");
        assertTrue(message != null && !message.isBlank(), body);
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("io.whosaid"), body);
    }

    /** The export's bytes, asked for by a caller with {@code apiKey} (none when null). */
    private static byte[] export(String format, String apiKey, String... parameters) {
        var request = given();
        if (apiKey != null) {
            request = request.header("X-API-Key", apiKey);
        }
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        Response response = request.when().get("/export/" + format);
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.header("Content-Disposition").startsWith("attachment; filename=\"whosaid-"));
        return response.asByteArray();
    }

    /** An imported edge: compared by identity, as the graph keeps it while its attributes are being filled in. */
    static final class ImportedEdge {
        final Map<String, String> attributes = new HashMap<>();
    }

    /** Imports the file with a JGraphT importer, keeping every attribute it reports, and each edge's ends. */
    private static Imported read(BaseEventDrivenImporter<String, ImportedEdge> importer, String file) {
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Graph<String, ImportedEdge> graph = new DirectedPseudograph<>(null, ImportedEdge::new, false);
        importer.addVertexAttributeConsumer(
                (pair, attribute) -> nodes.computeIfAbsent(pair.getFirst(), id -> new HashMap<>())
                        .put(pair.getSecond(), attribute.getValue()));
        importer.addEdgeAttributeConsumer(
                (pair, attribute) -> pair.getFirst().attributes.put(pair.getSecond(), attribute.getValue()));
        ((GraphImporter<String, ImportedEdge>) importer).importGraph(graph, new StringReader(file));
        for (String vertex : graph.vertexSet()) {
            nodes.computeIfAbsent(vertex, id -> new HashMap<>());
        }
        List<Map<String, String>> edges = new ArrayList<>();
        for (ImportedEdge edge : graph.edgeSet()) {
            Map<String, String> attributes = new HashMap<>(edge.attributes);
            attributes.put("source", graph.getEdgeSource(edge));
            attributes.put("target", graph.getEdgeTarget(edge));
            edges.add(attributes);
        }
        return new Imported(nodes, edges);
    }

    /** The imported nodes and edges are the API's, with the same labels, types, counts and weights. */
    @SuppressWarnings("unchecked")
    private static void assertSameAs(JsonPath api, String field, Imported imported) {
        List<Map<String, Object>> nodes = api.getList("data." + field + ".nodes");
        List<Map<String, Object>> edges = api.getList("data." + field + ".edges");
        assertTrue(nodes.size() > 2 && !edges.isEmpty(), "a neighbourhood worth exporting: " + nodes.size());
        assertEquals(
                nodes.stream().map(n -> n.get("id")).collect(java.util.stream.Collectors.toSet()),
                imported.nodes().keySet());
        for (Map<String, Object> node : nodes) {
            Map<String, String> read = imported.nodes().get(node.get("id"));
            assertEquals(node.get("label"), read.get("label"), read.toString());
            assertEquals(node.get("type"), read.get("type"));
            assertEquals(String.valueOf(node.get("degree")), read.get("degree"));
            assertEquals(String.valueOf(node.get("said")), read.get("said"));
        }
        assertEquals(edges.size(), imported.edges().size());
        Set<String> expected = new HashSet<>();
        for (Map<String, Object> edge : edges) {
            expected.add(edge.get("source") + " " + edge.get("type") + " " + edge.get("target") + " "
                    + edge.get("weight") + " " + String.join(" ", (List<String>) edge.get("supports")));
        }
        Set<String> read = new HashSet<>();
        for (Map<String, String> edge : imported.edges()) {
            // A GraphML reader reports an empty <data> as no value: no supports.
            read.add(edge.get("source") + " " + edge.get("type") + " " + edge.get("target") + " " + edge.get("weight")
                    + " " + edge.getOrDefault("supports", ""));
        }
        assertEquals(expected, read);
    }

    /** The elements as sets of their data, so that order does not count. */
    private static Map<String, Set<Object>> asSets(Map<?, ?> elements) {
        return Map.of("nodes", new HashSet<>((List<?>) elements.get("nodes")), "edges", new HashSet<>((List<?>)
                elements.get("edges")));
    }

    private static String personId(String name) {
        return data("query($n: String) { people(name: $n) { edges { node { id } } } }", vars("n", name))
                .getString("data.people.edges[0].node.id");
    }
}
