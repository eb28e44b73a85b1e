package io.whosaid.api.edit;

import static io.whosaid.api.edit.EditingTest.ingest;
import static io.whosaid.api.edit.EditingTest.personNamed;
import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.GraphDump;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * The provenance of an article's publisher and of a quote's speaker and subjects, read over GraphQL
 * ({@code publisherEdge}, {@code speakerEdge}, {@code aboutEdges}) after an extraction, after the editors' edits, and
 * after a re-ingest that keeps those edits (the corrected date and publisher too).
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
@SuppressWarnings("unchecked")
class LinkProvenanceTest {

    static final String LINK =
            "{ entity { id name } madeBy edit { id author } evidence { articleId commentId sentence start end } }";
    static final String READ = "query($id: ID!) { article(id: $id) { text publisherEdge " + LINK
            + " quotes(statuses: [EXTRACTED, CONFIRMED, CORRECTED, RETRACTED]) { edges { node { id text"
            + " evidence { sentence start end } speakerEdge " + LINK + " aboutEdges " + LINK + " } } } } }";

    @Inject
    Driver driver;

    @Test
    void thePublisherSpeakerAndSubjectLinksSayWhoMadeThemAndWhatSupportsThem() {
        String url = "https://edit-test.example/link-provenance";
        String text = """
                Lock Keepers Strike

                The canal stands still

                Jonas Pendower-Hale has run the locks for a decade.

                “He never opens the gates on time,” said Caddock Brenwith-Rue, secretary of the Lock Union.

                Source: The Canal Courier
                """;
        String article = ingest(text, url);
        String secretary = personNamed("Caddock Brenwith-Rue");
        JsonPath read = data(READ, vars("id", article));
        String body = read.getString("data.article.text");

        Map<String, Object> publisher = read.getMap("data.article.publisherEdge");
        assertEquals("The Canal Courier", ((Map<?, ?>) publisher.get("entity")).get("name"));
        assertEquals("EXTRACTOR", publisher.get("madeBy"));
        assertNull(publisher.get("edit"));
        assertEquals(
                List.of(evidence(article, null, null, null)),
                publisher.get("evidence"),
                "the article names its publisher outside its text: no sentence, no offsets");

        Map<String, Object> quote = quoteWith(read, "never opens the gates on time");
        String quoteId = (String) quote.get("id");
        Map<String, Object> said = (Map<String, Object>) quote.get("speakerEdge");
        assertEquals(secretary, ((Map<?, ?>) said.get("entity")).get("id"));
        assertEquals("EXTRACTOR", said.get("madeBy"));
        assertNull(said.get("edit"));
        Map<String, Object> where = (Map<String, Object>) quote.get("evidence");
        assertEquals(
                List.of(evidence(article, where.get("sentence"), where.get("start"), where.get("end"))),
                said.get("evidence"),
                "a speaker is read from its quote");
        assertTrue(body.substring((Integer) where.get("start"), (Integer) where.get("end"))
                .contains("never opens the gates on time"));
        List<Map<String, Object>> about = (List<Map<String, Object>>) quote.get("aboutEdges");
        assertFalse(about.isEmpty(), "the extractor read what the quote is about: " + quote);
        for (Map<String, Object> subject : about) {
            assertEquals("EXTRACTOR", subject.get("madeBy"));
            assertNull(subject.get("edit"));
            assertEquals(said.get("evidence"), subject.get("evidence"));
        }
        List<String> extractedSubjects = about.stream()
                .map(s -> (String) ((Map<?, ?>) s.get("entity")).get("id"))
                .toList();
        assertEquals(
                read.getList("data.article.quotes.edges.node.find { it.id == '" + quoteId + "' }.aboutEdges.entity.id"),
                data("query($id: ID!) { node(id: $id) { ... on Quote { about { id } } } }", vars("id", quoteId))
                        .getList("data.node.about.id"),
                "aboutEdges are the links of about");

        // Editors re-attribute the quote, add a subject and correct the publisher.
        String union = data("{ organizations(name: \"Lock Union\", first: 5) { edges { node { id } } } }")
                .getString("data.organizations.edges[0].node.id");
        String speakerEdit = data(
                        "mutation($q: ID!, $s: ID!) { setQuoteSpeaker(id: $q, speakerId: $s) { id } }",
                        vars("q", quoteId, "s", union))
                .getString("data.setQuoteSpeaker.id");
        List<String> subjects = new java.util.ArrayList<>(extractedSubjects);
        subjects.add(secretary);
        String subjectsEdit = data(
                        "mutation($q: ID!, $a: [String!]!) { setQuoteSubjects(id: $q, aboutIds: $a) { id } }",
                        vars("q", quoteId, "a", subjects))
                .getString("data.setQuoteSubjects.id");
        String publisherEdit = data(
                        "mutation($id: ID!) { setArticle(id: $id, publisher: \"The Towpath Times\", "
                                + "publishedAt: \"2026-11-30\") { id } }",
                        vars("id", article))
                .getString("data.setArticle.id");

        JsonPath edited = data(READ, vars("id", article));
        Map<String, Object> newPublisher = edited.getMap("data.article.publisherEdge");
        assertEquals("The Towpath Times", ((Map<?, ?>) newPublisher.get("entity")).get("name"));
        assertEquals("EDITOR", newPublisher.get("madeBy"));
        assertEquals(
                Map.of("id", publisherEdit, "author", "test-editor"),
                newPublisher.get("edit"),
                "a link made by hand points to its edit");
        Map<String, Object> editedQuote = quoteWith(edited, "never opens the gates on time");
        assertReattributed(editedQuote, union, speakerEdit, secretary, subjectsEdit, extractedSubjects);

        // A re-ingest of a new text under the same url keeps the corrected links, and who made them.
        String changed =
                text.replace("The canal stands still\n\n", "The canal stands still\n\nBarges queue at the weir.\n\n");
        assertEquals(article, ingest(changed, url));
        JsonPath reingested = data(READ, vars("id", article));
        Map<String, Object> kept = quoteWith(reingested, "never opens the gates on time");
        assertEquals(
                newPublisher, reingested.getMap("data.article.publisherEdge"), "the publisher an editor set stays");
        assertTrue(
                data("query($id: ID!) { article(id: $id) { publishedAt } }", vars("id", article))
                        .getString("data.article.publishedAt")
                        .startsWith("2026-11-30"),
                "and so does the date");
        assertFalse(quoteId.equals(kept.get("id")), "the re-ingest made a new quote (new offsets)");
        assertReattributed(kept, union, speakerEdit, secretary, subjectsEdit, extractedSubjects);
    }

    @Test
    void undoingTheEditsRestoresTheLinksWithTheirProvenance() {
        String article = ingest("""
                Weir Repaired

                Water flows again

                “Hollis Vantrowe-Pike fixed the weir,” said Ember Caldrow-Fenn, warden of the Weir Trust.

                Source: The Canal Courier
                """, "https://edit-test.example/link-provenance-undo");
        String quoteId = data(READ, vars("id", article)).getString("data.article.quotes.edges[0].node.id");
        String trust = data("{ organizations(name: \"Weir Trust\", first: 5) { edges { node { id } } } }")
                .getString("data.organizations.edges[0].node.id");
        List<String> before = GraphDump.of(driver);
        String speakerEdit = data(
                        "mutation($q: ID!, $s: ID!) { setQuoteSpeaker(id: $q, speakerId: $s) { id } }",
                        vars("q", quoteId, "s", trust))
                .getString("data.setQuoteSpeaker.id");
        String publisherEdit = data(
                        "mutation($id: ID!) { setArticle(id: $id, publisher: \"The Lockside Ledger\") { id } }",
                        vars("id", article))
                .getString("data.setArticle.id");
        data(StructureEditsTest.UNDO, vars("id", publisherEdit));
        data(StructureEditsTest.UNDO, vars("id", speakerEdit));
        assertEquals(before, GraphDump.of(driver), "every link is back with its properties");
        JsonPath read = data(READ, vars("id", article));
        assertEquals("EXTRACTOR", read.getString("data.article.publisherEdge.madeBy"));
        assertEquals("EXTRACTOR", read.getString("data.article.quotes.edges[0].node.speakerEdge.madeBy"));
        assertNull(read.get("data.article.quotes.edges[0].node.speakerEdge.edit"));
    }

    private static void assertReattributed(
            Map<String, Object> quote,
            String speaker,
            String speakerEdit,
            String subject,
            String subjectsEdit,
            List<String> extractedSubjects) {
        Map<String, Object> said = (Map<String, Object>) quote.get("speakerEdge");
        assertEquals(speaker, ((Map<?, ?>) said.get("entity")).get("id"), quote.toString());
        assertEquals("EDITOR", said.get("madeBy"));
        assertEquals(speakerEdit, ((Map<?, ?>) said.get("edit")).get("id"));
        for (Map<String, Object> about : (List<Map<String, Object>>) quote.get("aboutEdges")) {
            String id = (String) ((Map<?, ?>) about.get("entity")).get("id");
            if (id.equals(subject)) {
                assertEquals("EDITOR", about.get("madeBy"));
                assertEquals(subjectsEdit, ((Map<?, ?>) about.get("edit")).get("id"));
            } else {
                assertTrue(extractedSubjects.contains(id), id);
                assertEquals("EXTRACTOR", about.get("madeBy"), "a subject the edit kept stays the extractor's");
                assertNull(about.get("edit"));
            }
        }
        assertTrue(
                ((List<Map<String, Object>>) quote.get("aboutEdges"))
                        .stream().anyMatch(about -> subject.equals(((Map<?, ?>) about.get("entity")).get("id"))),
                quote.toString());
    }

    private static Map<String, Object> quoteWith(JsonPath read, String words) {
        List<Map<String, Object>> quotes = read.getList("data.article.quotes.edges.node");
        return quotes.stream()
                .filter(q -> String.valueOf(q.get("text")).contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote with " + words + " in " + quotes));
    }

    private static Map<String, Object> evidence(String article, Object sentence, Object start, Object end) {
        Map<String, Object> evidence = new java.util.HashMap<>();
        evidence.put("articleId", article);
        evidence.put("commentId", null);
        evidence.put("sentence", sentence);
        evidence.put("start", start);
        evidence.put("end", end);
        return evidence;
    }
}
