package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.errorCode;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.Neo4jTestResource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Walking a connection page by page visits every item once, in a stable order, also when articles are ingested
 * between two pages (keyset cursors); backwards with last/before too; and a cursor the API did not make is refused.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class PaginationTest {

    private static final String INGEST =
            "mutation($t: String!) { ingestArticle(input: {text: $t}) { created article { id } } }";
    private static final String ARTICLES_PAGE = "query($after: String) { articles(first: 7, after: $after) {"
            + " edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }";

    @Test
    void articlesPageByPageVisitEachArticleOnce() {
        for (int i = 0; i < 23; i++) {
            data(
                    INGEST,
                    vars(
                            "t",
                            "Paging Article Number " + i + "\n\nA short body for the pagination test, number " + i
                                    + "."));
        }
        int total =
                data("{ articles(first: 0) { totalCount edges { cursor } } }").getInt("data.articles.totalCount");
        assertTrue(total >= 23);
        List<String> seen = walkForward();
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size(), "no article is seen twice");
    }

    @Test
    void anArticleIngestedBetweenTwoPagesMakesNeitherADuplicateNorAGap() {
        for (int i = 0; i < 10; i++) {
            data(
                    INGEST,
                    vars(
                            "t",
                            "Keyset Article Number " + i + "\n\nA short body for the keyset test, number " + i + "."));
        }
        List<String> before = walkForward();
        JsonPath first = data(ARTICLES_PAGE, vars("after", null));
        List<String> seen = new ArrayList<>(first.getList("data.articles.edges.node.id"));
        assertFalse(first.getBoolean("data.articles.pageInfo.hasPreviousPage"));
        // Newest first: the new article sorts before everything page 1 showed; with offsets, page 2 would repeat one.
        String inserted = data(
                        INGEST,
                        vars("t", "Keyset Article Inserted Between Pages\n\nIt arrives between page one and two."))
                .getString("data.ingestArticle.article.id");
        String after = first.getString("data.articles.pageInfo.endCursor");
        while (after != null) {
            JsonPath page = data(ARTICLES_PAGE, vars("after", after));
            seen.addAll(page.getList("data.articles.edges.node.id"));
            assertTrue(page.getBoolean("data.articles.pageInfo.hasPreviousPage"));
            after = page.getBoolean("data.articles.pageInfo.hasNextPage")
                    ? page.getString("data.articles.pageInfo.endCursor")
                    : null;
        }
        assertEquals(before, seen, "exactly the articles there were when page 1 was read, in the same order");
        assertFalse(seen.contains(inserted));
        assertEquals(
                inserted,
                data("{ articles(first: 1) { edges { node { id } } } }").getString("data.articles.edges[0].node.id"));
    }

    @Test
    void lastAndBeforeWalkTheSameListBackwards() {
        for (int i = 0; i < 9; i++) {
            data(
                    INGEST,
                    vars(
                            "t",
                            "Backward Article Number " + i + "\n\nA short body for the backward test, number " + i
                                    + "."));
        }
        List<String> forward = walkForward();
        List<String> backward = new ArrayList<>();
        String before = null;
        while (true) {
            JsonPath page = data(
                    "query($before: String) { articles(last: 5, before: $before) {"
                            + " edges { node { id } } pageInfo { hasPreviousPage hasNextPage startCursor } } }",
                    vars("before", before));
            List<String> ids = new ArrayList<>(page.getList("data.articles.edges.node.id"));
            assertEquals(before != null, page.getBoolean("data.articles.pageInfo.hasNextPage"));
            Collections.reverse(ids);
            backward.addAll(ids);
            if (!page.getBoolean("data.articles.pageInfo.hasPreviousPage")) {
                break;
            }
            before = page.getString("data.articles.pageInfo.startCursor");
        }
        Collections.reverse(backward);
        assertEquals(forward, backward);
    }

    @Test
    void aPersonsQuotesPageByCursorInsideTheRootQuery() {
        for (int a = 0; a < 2; a++) {
            StringBuilder text = new StringBuilder("Harbour Pages Part " + a + "\n\n");
            for (int i = 0; i < 4; i++) {
                text.append("“The tide table number ")
                        .append(a)
                        .append(i)
                        .append(" is wrong,” said Odalys Pageworth, the harbour pilot.\n\n");
            }
            data(INGEST, vars("t", text.toString()));
        }
        String id = data("{ people(name: \"Odalys Pageworth\") { edges { node { id } } } }")
                .getString("data.people.edges[0].node.id");
        int total = data("query($id: ID!) { person(id: $id) { said(first: 0) { totalCount } } }", vars("id", id))
                .getInt("data.person.said.totalCount");
        assertTrue(total >= 8, "quotes: " + total);
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = data(
                    "query($id: ID!, $after: String) { person(id: $id) { said(first: 3, after: $after) {"
                            + " edges { node { id } } pageInfo { hasNextPage endCursor } } } }",
                    vars("id", id, "after", after));
            seen.addAll(page.getList("data.person.said.edges.node.id"));
            after = page.getBoolean("data.person.said.pageInfo.hasNextPage")
                    ? page.getString("data.person.said.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size());
        List<String> viaQuotes = data(
                        "query($id: ID!) { quotes(speakerId: $id, last: 100) { edges { node { id } } } }",
                        vars("id", id))
                .getList("data.quotes.edges.node.id");
        assertEquals(seen, viaQuotes, "the root quotes by speaker and the person's said are one order");
    }

    @Test
    void aCursorTheApiDidNotMakeIsBadInput() {
        String offsetStyle =
                Base64.getUrlEncoder().withoutPadding().encodeToString("whosaid:3".getBytes(StandardCharsets.UTF_8));
        assertEquals("BAD_INPUT", errorCode(ARTICLES_PAGE, vars("after", offsetStyle)));
        String real =
                data("{ articles(first: 1) { pageInfo { endCursor } } }").getString("data.articles.pageInfo.endCursor");
        String tampered = real.substring(0, real.indexOf('.') - 2) + "xx" + real.substring(real.indexOf('.'));
        assertEquals("BAD_INPUT", errorCode(ARTICLES_PAGE, vars("after", tampered)));
        String personCursor =
                data("{ people(first: 1) { pageInfo { endCursor } } }").getString("data.people.pageInfo.endCursor");
        assertEquals("BAD_INPUT", errorCode(ARTICLES_PAGE, vars("after", personCursor)), "a cursor of another list");
        assertEquals("BAD_INPUT", errorCode("{ articles(first: 2, last: 2) { edges { cursor } } }", vars()));
    }

    private static List<String> walkForward() {
        List<String> seen = new ArrayList<>();
        String after = null;
        while (true) {
            JsonPath page = data(ARTICLES_PAGE, vars("after", after));
            List<String> ids = page.getList("data.articles.edges.node.id");
            assertTrue(ids.size() <= 7);
            seen.addAll(ids);
            if (!page.getBoolean("data.articles.pageInfo.hasNextPage")) {
                return seen;
            }
            assertEquals(7, ids.size(), "only the last page is short");
            after = page.getString("data.articles.pageInfo.endCursor");
        }
    }
}
