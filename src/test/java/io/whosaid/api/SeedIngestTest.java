package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.Seed;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** The seed article through GraphQL, as a client would send it: its parts, its thread, and idempotence. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class SeedIngestTest {

    static final String INGEST = """
            mutation($text: String!) {
              ingestArticle(input: {text: $text}) {
                created
                article {
                  id title subtitle editorNotes text
                  publisher { id name }
                  comments(first: 100) { totalCount edges { node { id number text spam author { id handle } parent { number } replies { edges { node { number } } } } } }
                }
              }
            }""";

    @Inject
    Driver driver;

    @Test
    void seedArticleKeepsItsPartsAndThread() {
        JsonPath json = data(INGEST, vars("text", Seed.text()));
        String base = "data.ingestArticle.article.";
        assertEquals("Putin’s Next Move Is a Mystery. Just the Way He Likes It.", json.getString(base + "title"));
        assertEquals(
                "Even the Russian Foreign Ministry doesn't know what the plan is", json.getString(base + "subtitle"));
        assertEquals("The New York Times", json.getString(base + "publisher.name"));
        assertEquals(1, json.getList(base + "editorNotes").size());
        String text = json.getString(base + "text");
        assertFalse(text.contains("Leave A Reply"), "page boilerplate is not content");
        assertFalse(
                text.contains(json.getString(base + "editorNotes[0]")),
                "the editor's note is kept apart from the body");

        List<Map<String, Object>> comments = json.getList(base + "comments.edges.node");
        assertEquals(
                List.of(
                        "1", "1.1", "2", "3", "3.1", "3.2", "4", "4.1", "5", "5.1", "6", "7", "7.1", "7.2", "8", "9",
                        "10"),
                comments.stream().map(c -> (String) c.get("number")).toList());
        assertEquals(10, comments.stream().filter(c -> c.get("parent") == null).count());
        assertEquals(7, comments.stream().filter(c -> c.get("parent") != null).count());
        for (Map<String, Object> comment : comments) {
            String number = (String) comment.get("number");
            if (number.contains(".")) {
                assertEquals(
                        number.substring(0, number.lastIndexOf('.')),
                        ((Map<?, ?>) comment.get("parent")).get("number"));
            }
        }
        Map<String, Long> byAuthor = comments.stream()
                .collect(Collectors.groupingBy(
                        c -> (String) ((Map<?, ?>) c.get("author")).get("handle"), Collectors.counting()));
        assertEquals(13, byAuthor.size());
        assertEquals(3L, byAuthor.get("ken"));
        assertEquals("Jerry Hood", ((Map<?, ?>) comments.get(0).get("author")).get("handle"));
        assertEquals("Nalom", ((Map<?, ?>) comments.get(1).get("author")).get("handle"));
        assertEquals(
                List.of("7.1", "7.2"),
                ((List<?>) ((Map<?, ?>) comments.get(11).get("replies")).get("edges"))
                        .stream()
                                .map(r -> ((Map<?, ?>) ((Map<?, ?>) r).get("node")).get("number"))
                                .toList());

        String kenId = comments.stream()
                .filter(c -> "ken".equals(((Map<?, ?>) c.get("author")).get("handle")))
                .map(c -> (String) ((Map<?, ?>) c.get("author")).get("id"))
                .findFirst()
                .orElseThrow();
        JsonPath ken = data(
                "query($id: ID!) { node(id: $id) { ... on Commenter { handle comments { number } } } }",
                vars("id", kenId));
        assertEquals(3, ken.getList("data.node.comments").size());
    }

    @Test
    void secondIngestOfTheSameTextChangesNothing() {
        String text = Seed.text();
        data(INGEST, vars("text", text));
        Map<String, Long> before = counts();
        JsonPath again = data(INGEST, vars("text", text));
        assertFalse(again.getBoolean("data.ingestArticle.created"));
        assertEquals(before, counts(), "no node or relationship was added by the second ingest");

        // The same article with different line endings and trailing spaces is the same article.
        JsonPath crlf = data(INGEST, vars("text", text.replace("\n", " \r\n")));
        assertFalse(crlf.getBoolean("data.ingestArticle.created"));
        assertEquals(before, counts());
    }

    @Test
    void articleIsFoundByIdAfterIngest() {
        JsonPath json = data(INGEST, vars("text", Seed.text()));
        String id = json.getString("data.ingestArticle.article.id");
        assertTrue(id.startsWith("article:"));
        JsonPath byId = data("query($id: ID!) { article(id: $id) { title comments { totalCount } } }", vars("id", id));
        assertEquals(17, byId.getInt("data.article.comments.totalCount"));
        assertNull(byId.get("errors"));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        counts.put(
                "nodes",
                driver.executableQuery("MATCH (n) RETURN count(n) AS c")
                        .execute()
                        .records()
                        .get(0)
                        .get("c")
                        .asLong());
        counts.put(
                "relationships",
                driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS c")
                        .execute()
                        .records()
                        .get(0)
                        .get("c")
                        .asLong());
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c")
                .execute()
                .records()
                .forEach(r -> counts.put(r.get("label").asString(), r.get("c").asLong()));
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c")
                .execute()
                .records()
                .forEach(r -> counts.put(r.get("type").asString(), r.get("c").asLong()));
        return counts;
    }
}
