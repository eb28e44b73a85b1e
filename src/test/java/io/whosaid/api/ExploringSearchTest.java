package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.errorCode;
import static io.whosaid.support.GraphQL.post;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.Neo4jTestResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search language (issue 17): words AND by default, OR, phrases, prefixes, type:, highlights and the paged
 * searchHits, on three articles whose made-up words no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ExploringSearchTest {

    private static final String INGEST =
            "mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }";
    private static final String HITS = "query($q: String!, $first: Int, $after: String, $last: Int, $before: String) {"
            + " searchHits(query: $q, first: $first, after: $after, last: $last, before: $before) {"
            + " edges { cursor node { type label score node { id } highlight { property fragment matches { start end } } } }"
            + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

    @BeforeEach
    void ingest() {
        data(
                INGEST,
                vars(
                        "t",
                        article(
                                "Quarvel dredging plan stalls",
                                "The quarvel dredging must wait for the tide",
                                "Ilka Zorvander")));
        data(
                INGEST,
                vars(
                        "t",
                        article(
                                "Quarvel budget reopened",
                                "The quarvel budget is back on the table",
                                "Ilka Zorvander")));
        data(
                INGEST,
                vars("t", article("Tide tables revised", "The tide tables for Quarvel are wrong", "Odo Zorvanek")));
    }

    private static String article(String title, String quote, String speaker) {
        return title + "\n\nA report from the harbour of Quarvel.\n\n“" + quote + ",” said " + speaker
                + ", the harbour engineer.\n\nSource: Quarvel Courier";
    }

    private static List<String> labels(String query) {
        return data("query($q: String!) { search(query: $q, first: 50) { label } }", vars("q", query))
                .getList("data.search.label");
    }

    @Test
    void wordsSideBySideMustAllOccurAndOrWidens() {
        List<String> both = labels("quarvel dredging");
        assertTrue(both.contains("Quarvel dredging plan stalls"), both.toString());
        assertFalse(both.contains("Quarvel budget reopened"), "budget's article has no 'dredging': " + both);
        List<String> either = labels("quarvel (dredging OR budget)");
        assertTrue(
                either.contains("Quarvel dredging plan stalls") && either.contains("Quarvel budget reopened"),
                either.toString());
        assertFalse(either.contains("Tide tables revised"), either.toString());
        List<String> without = labels("quarvel tide -dredging");
        assertTrue(without.contains("The tide tables for Quarvel are wrong"), without.toString());
        assertFalse(without.contains("The quarvel dredging must wait for the tide"), without.toString());
    }

    @Test
    void phrasesPrefixesAndTypes() {
        List<String> phrase = labels("\"quarvel budget\"");
        assertTrue(phrase.contains("Quarvel budget reopened"), phrase.toString());
        assertFalse(phrase.contains("Quarvel dredging plan stalls"), phrase.toString());
        JsonPath prefix = data("{ search(query: \"type:person Zorvan*\", first: 50) { type label } }");
        assertTrue(
                prefix.getList("data.search.label").containsAll(List.of("Ilka Zorvander", "Odo Zorvanek")),
                prefix.getList("data.search.label").toString());
        assertEquals(List.of("Person"), new ArrayList<>(new HashSet<>(prefix.getList("data.search.type"))));
        List<String> quotesOnly = data("{ search(query: \"type:quote quarvel\", first: 50) { type } }")
                .getList("data.search.type");
        assertFalse(quotesOnly.isEmpty());
        assertTrue(quotesOnly.stream().allMatch("Quote"::equals), quotesOnly.toString());
    }

    @Test
    void aHitCarriesTheFragmentThatMatched() {
        JsonPath json = data(HITS, vars("q", "type:quote tide tables", "first", 5));
        Map<String, Object> hit = json.getMap("data.searchHits.edges[0].node");
        assertEquals("The tide tables for Quarvel are wrong", hit.get("label"));
        String fragment = json.getString("data.searchHits.edges[0].node.highlight.fragment");
        assertEquals("text", json.getString("data.searchHits.edges[0].node.highlight.property"));
        List<Map<String, Integer>> matches = json.getList("data.searchHits.edges[0].node.highlight.matches");
        List<String> marked = matches.stream()
                .map(m -> fragment.substring(m.get("start"), m.get("end")))
                .toList();
        assertEquals(List.of("tide", "tables"), marked);
        String name = data(HITS, vars("q", "type:person zorvand*"))
                .getString("data.searchHits.edges[0].node.highlight.fragment");
        assertEquals("Ilka Zorvander", name);
        // the list form too, where the highlight sits right below the root field
        String listed = data("{ search(query: \"type:quote tide tables\", first: 1) { h: highlight { fragment } } }")
                .getString("data.search[0].h.fragment");
        assertEquals(fragment, listed);
    }

    @Test
    void searchHitsPagesByCursorWithoutDuplicatesOrGaps() {
        List<String> all = data("{ search(query: \"quarvel\", first: 50) { node { id } } }")
                .getList("data.search.node.id");
        assertTrue(all.size() >= 6, all.toString());
        List<String> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = data(HITS, vars("q", "quarvel", "first", 2, "after", after));
            paged.addAll(page.getList("data.searchHits.edges.node.node.id"));
            more = page.getBoolean("data.searchHits.pageInfo.hasNextPage");
            after = page.getString("data.searchHits.pageInfo.endCursor");
            assertTrue(paged.size() <= all.size(), "no page repeats a hit");
        }
        assertEquals(all, paged);
        JsonPath lastTwo = data(HITS, vars("q", "quarvel", "last", 2));
        assertEquals(all.subList(all.size() - 2, all.size()), lastTwo.getList("data.searchHits.edges.node.node.id"));
        JsonPath before = data(
                HITS,
                vars("q", "quarvel", "last", 1, "before", lastTwo.getString("data.searchHits.pageInfo.startCursor")));
        assertEquals(List.of(all.get(all.size() - 3)), before.getList("data.searchHits.edges.node.node.id"));
        // a cursor of another list is refused
        String peopleCursor =
                data("{ people(first: 1) { pageInfo { endCursor } } }").getString("data.people.pageInfo.endCursor");
        assertEquals("BAD_INPUT", errorCode(HITS, vars("q", "quarvel", "after", peopleCursor)));
    }

    @Test
    void syntaxOutsideTheLanguageIsBadInputWithAMessage() {
        for (String bad : List.of("a*", "quarvel~2", "name:quarvel", "\"quarvel", "type:comment quarvel", "-quarvel")) {
            JsonPath json = post("query($q: String!) { search(query: $q) { label } }", vars("q", bad));
            assertEquals("BAD_INPUT", json.getString("errors[0].extensions.code"), bad);
            assertTrue(json.getString("errors[0].message").startsWith("query: "), json.getString("errors[0].message"));
            assertNull(json.get("data.search"));
        }
        assertTrue(post("{ search(query: \"a*\") { label } }")
                .getString("errors[0].message")
                .contains("at least 3"));
    }
}
