package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.post;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.GraphChecks;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.Pages;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** ingestArticle with html and json through HTTP, against the real service and Neo4j: what is stored, and what is refused. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ArticleFormatsIngestTest {

    static final String INGEST = """
            mutation($text: String, $html: String, $json: String, $url: String, $publishedAt: String) {
              ingestArticle(input: {text: $text, html: $html, json: $json, url: $url, publishedAt: $publishedAt}) {
                created
                article { id url title subtitle publishedAt text editorNotes publisher { name }
                          comments { edges { node { number text author { handle } parent { number } } } } }
              }
            }""";
    static final String A = "data.ingestArticle.article.";

    @Inject
    Driver driver;

    @Test
    void aWordPressPageIsStoredWithItsMetadataAndThread() {
        JsonPath json = data(INGEST, vars("html", Pages.read("wordpress-repost.html")));
        assertTrue(json.getBoolean("data.ingestArticle.created"));
        assertEquals("Port Commission Rejects Night Ferry Plan", json.getString(A + "title"));
        assertEquals("Talks on the night crossing stall for the third time", json.getString(A + "subtitle"));
        assertEquals("2026-03-04T09:12:44Z", json.getString(A + "publishedAt"));
        assertEquals(
                "https://tidelinewatch.example/2026/03/port-commission-rejects-night-ferry-plan/",
                json.getString(A + "url"));
        assertEquals("The Coastal Herald", json.getString(A + "publisher.name"));
        assertEquals(List.of("Editor’s note: the vote was five to two."), json.getList(A + "editorNotes"));
        assertFalse(json.getString(A + "text").contains("Share this"));
        assertEquals(List.of("1", "1.1", "1.1.1", "1.2", "2"), json.getList(A + "comments.edges.node.number"));
        assertEquals(
                List.of("Jerry Pike", "Lohr_fan", "Jerry Pike", "deckhand", "north shore resident"),
                json.getList(A + "comments.edges.node.author.handle"));
        assertEquals("1.1", json.getString(A + "comments.edges[2].node.parent.number"));
        assertEquals(
                2,
                GraphChecks.single(
                        driver,
                        "MATCH (:Article {title: $title})<-[:ON]-(:Comment {number: '1.1.1'})<-[:WROTE]-(w:Commenter) "
                                + "MATCH (w)-[:WROTE]->(written:Comment) RETURN count(written)",
                        Map.of("title", "Port Commission Rejects Night Ferry Plan")),
                "one commenter, scoped to the site");

        JsonPath again = data(INGEST, vars("html", Pages.read("wordpress-repost.html")));
        assertFalse(again.getBoolean("data.ingestArticle.created"), "the same page twice is one article");
        assertEquals(json.getString(A + "id"), again.getString(A + "id"));
    }

    @Test
    void urlAndDateGivenBesideThePageWinOverItsOwn() {
        JsonPath json = data(
                INGEST,
                vars(
                        "html",
                        Pages.read("newspaper-jsonld.html"),
                        "url",
                        "https://mirror.example/battery",
                        "publishedAt",
                        "2026-02-12"));
        assertEquals("https://mirror.example/battery", json.getString(A + "url"));
        assertEquals("2026-02-12T00:00:00Z", json.getString(A + "publishedAt"));
        assertEquals("The Valley Courier", json.getString(A + "publisher.name"));
        assertEquals(
                "County approves the Orrin Flats site while the water agency holds back on the cooling permit",
                json.getString(A + "subtitle"));
    }

    @Test
    void aJsonArticleIsStoredWithItsDateAndThread() {
        String article = """
                {"title": "Lunar probe finds ice", "subtitle": "A small team's big find",
                 "text": "A probe the size of a suitcase found ice, said Priya Raman.\\n\\nOther teams will check.",
                 "url": "https://science.example/ice", "publishedAt": "2026-01-16T12:00:00+01:00",
                 "publisher": "Halden Science Weekly",
                 "comments": [{"author": "stargazer", "text": "Amazing.", "replies": [{"author": "skeptic", "text": "One crater."}]},
                              {"author": "moonfan", "text": "When is the next one?"}]}""";
        JsonPath json = data(INGEST, vars("json", article));
        assertEquals("Lunar probe finds ice", json.getString(A + "title"));
        assertEquals("A small team's big find", json.getString(A + "subtitle"));
        assertEquals("2026-01-16T12:00:00+01:00", json.getString(A + "publishedAt"));
        assertEquals("https://science.example/ice", json.getString(A + "url"));
        assertEquals("Halden Science Weekly", json.getString(A + "publisher.name"));
        assertEquals(
                "A probe the size of a suitcase found ice, said Priya Raman.\n\nOther teams will check.",
                json.getString(A + "text"));
        assertEquals(List.of("1", "1.1", "2"), json.getList(A + "comments.edges.node.number"));
        assertEquals("1", json.getString(A + "comments.edges[1].node.parent.number"));
        assertEquals(
                1L,
                GraphChecks.single(
                        driver,
                        "MATCH (a:Article {url: $url}) RETURN count(a)",
                        Map.of("url", "https://science.example/ice")));
    }

    @Test
    void theTextFormatStillTakesAPublishedAt() {
        JsonPath json = data(
                INGEST,
                vars(
                        "text",
                        "A dated title\n\nA dated body for the text format.",
                        "publishedAt",
                        "2026-05-01T08:00:00Z"));
        assertEquals("2026-05-01T08:00:00Z", json.getString(A + "publishedAt"));
    }

    @Test
    void badInputPerFormatHasItsCodeAndWritesNothing() {
        Map<Map<String, Object>, String> cases = Map.of(
                vars(),
                "BAD_INPUT",
                vars("text", "A title\n\nA body.", "html", "<p>x</p>"),
                "BAD_INPUT",
                vars("json", "{\"title\": \"T\", \"text\": "),
                "MALFORMED_JSON",
                vars("json", "{\"title\": \"T\", \"text\": \"B.\", \"comments\": [{\"text\": \"no author\"}]}"),
                "MALFORMED_JSON",
                vars("json", "{\"title\": \"T\", \"text\": \"B.\", \"url\": \"ftp://x.example/a\"}"),
                "BAD_INPUT",
                vars("html", Pages.read("no-article.html")),
                "NO_ARTICLE",
                vars("html", "<html><body><p>no title anywhere</p></body></html>"),
                "NO_ARTICLE",
                vars(
                        "html",
                        "<html><head><title>T</title></head><body>" + "<p>word </p>".repeat(5_242_880 / 11 + 10)
                                + "</body></html>"),
                "TOO_LARGE",
                vars("html", Pages.read("broken.html"), "publishedAt", "soon"),
                "BAD_INPUT");
        long before = GraphChecks.single(driver, "MATCH (n) RETURN count(n)", Map.of());
        cases.forEach((variables, code) -> {
            JsonPath json = post(INGEST, variables);
            assertEquals(
                    code,
                    json.getString("errors[0].extensions.code"),
                    variables.keySet() + ": " + json.getString("errors[0].message"));
            assertFalse(json.getString("errors[0].message").contains("Exception"), json.getString("errors[0].message"));
        });
        assertEquals(before, GraphChecks.single(driver, "MATCH (n) RETURN count(n)", Map.of()), "nothing was written");
    }
}
