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
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * An article's quotes, comments and people and a comment's replies are connections: walked page by page they give
 * every item once, in their order (reading order, thread order, most mentioned first), also when an item is added
 * between two page requests; backwards with last/before too; with their totalCount; and the walk over all four is
 * within a keyed caller's cost.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ArticleConnectionsTest {

    private static final String[] SPEAKERS = {
        "Ansel Vargrave",
        "Bryony Tallisworth",
        "Cormac Eldredge",
        "Delia Roscombe",
        "Emrys Pollardine",
        "Fenna Castellow"
    };

    @Inject
    Driver driver;

    private String run;
    private String articleId;

    @BeforeEach
    void ingest() {
        run = Long.toString(System.nanoTime(), 36);
        StringBuilder text = new StringBuilder("Pier Vote Splits The Town " + run + "\n\nSix voices on the pier\n\n");
        for (int i = 0; i < SPEAKERS.length; i++) {
            text.append("“The pier matters for reason number ")
                    .append(i + 1)
                    .append(",” said ")
                    .append(SPEAKERS[i])
                    .append(".\n\n");
        }
        text.append("Source: The Pier Gazette\n\n  1. reader_one says\n\n    The first comment.\n\n");
        for (int r = 1; r <= 5; r++) {
            text.append("    ")
                    .append(r)
                    .append(". replier_")
                    .append(r)
                    .append(" says\n\n      Reply ")
                    .append(r);
            text.append(".\n\n");
        }
        for (int c = 2; c <= 5; c++) {
            text.append("  ")
                    .append(c)
                    .append(". reader_")
                    .append(c)
                    .append(" says\n\n    Comment ")
                    .append(c);
            text.append(".\n\n");
        }
        text.append("Leave A Reply\n");
        articleId = data(
                        "mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }",
                        vars("t", text.toString()))
                .getString("data.ingestArticle.article.id");
    }

    @Test
    void quotesPageInReadingOrderWithNeitherDuplicateNorGapAcrossAnInsert() {
        String field = "quotes";
        String shape = "id evidence { start }";
        List<String> all = walk(field, shape, 100, null);
        assertEquals(SPEAKERS.length, all.size());
        assertEquals(all, walk(field, shape, 2, null), "pages of 2 give the same list as one page");
        List<Integer> starts = data(articleQuery(field, "first: 100", shape), vars("id", articleId))
                .getList("data.article.quotes.edges.node.evidence.start");
        List<Integer> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        assertEquals(sorted, starts, "reading order");

        String early = "quote:inserted-early-" + run;
        String late = "quote:inserted-late-" + run;
        List<String> seen = walk(field, shape, 2, () -> {
            write(
                    "MATCH (a:Article {id: $a}) CREATE (:Quote {id: $id, text: 'early', kind: 'DIRECT', start: 0, end: 1,"
                            + " sentence: 'early'})-[:QUOTED_IN]->(a)",
                    early);
            write(
                    "MATCH (a:Article {id: $a}) CREATE (:Quote {id: $id, text: 'late', kind: 'DIRECT', start: 999999,"
                            + " end: 1000000, sentence: 'late'})-[:QUOTED_IN]->(a)",
                    late);
        });
        List<String> expected = new ArrayList<>(all);
        expected.add(late);
        assertEquals(expected, seen, "the quote added before page 1's end is not shown, the one after it is");
        assertEquals(SPEAKERS.length + 2, total(field));
        assertEquals(early, walk(field, shape, 2, null).get(0));
    }

    @Test
    void commentsPageInThreadOrderWithNeitherDuplicateNorGapAcrossAnInsert() {
        List<String> numbers = data(articleQuery("comments", "first: 100", "number"), vars("id", articleId))
                .getList("data.article.comments.edges.node.number");
        assertEquals(List.of("1", "1.1", "1.2", "1.3", "1.4", "1.5", "2", "3", "4", "5"), numbers);
        List<String> all = walk("comments", "id", 100, null);
        String inserted = "comment:inserted-" + run;
        List<String> seen = walk(
                "comments",
                "id",
                3,
                () -> write(
                        "MATCH (a:Article {id: $a}) CREATE (:Comment {id: $id, number: '0', text: 'first!', spam: false,"
                                + " position: -5})-[:ON]->(a)",
                        inserted));
        assertEquals(all, seen, "a comment added before the cursor shows neither as a duplicate nor by shifting");
        assertEquals(11, total("comments"));

        List<String> backwards = walkBackwards("comments", "id", 4);
        List<String> now = new ArrayList<>(all);
        now.add(0, inserted);
        assertEquals(now, backwards, "last/before walks the same list from its end");
    }

    @Test
    void repliesPageInThreadOrderAcrossAnInsert() {
        String parent = data(
                        "query($id: ID!) { article(id: $id) { comments(first: 1) { edges { node { id number } } } } }",
                        vars("id", articleId))
                .getString("data.article.comments.edges[0].node.id");
        String query = "query($c: ID!, $after: String) { comment(id: $c) { number replies(first: 2, after: $after) {"
                + " totalCount edges { node { id number } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }";
        String root = "data.comment.";
        JsonPath first = data(query, vars("c", parent, "after", null));
        assertEquals("1", first.getString(root + "number"));
        assertEquals(5, first.getInt(root + "replies.totalCount"));
        assertFalse(first.getBoolean(root + "replies.pageInfo.hasPreviousPage"));
        List<String> seen = new ArrayList<>(first.getList(root + "replies.edges.node.number"));
        try (var session = driver.session()) {
            session.run(
                            "MATCH (p:Comment {id: $p})-[:ON]->(a:Article) CREATE (p)<-[:REPLY_TO]-(:Comment {id: $id,"
                                    + " number: '1.0', text: 'squeezed in', spam: false, position: -1})-[:ON]->(a)",
                            Map.of("p", parent, "id", "comment:reply-" + run))
                    .consume();
        }
        String after = first.getString(root + "replies.pageInfo.endCursor");
        while (after != null) {
            JsonPath page = data(query, vars("c", parent, "after", after));
            assertTrue(page.getBoolean(root + "replies.pageInfo.hasPreviousPage"));
            seen.addAll(page.getList(root + "replies.edges.node.number"));
            after = page.getBoolean(root + "replies.pageInfo.hasNextPage")
                    ? page.getString(root + "replies.pageInfo.endCursor")
                    : null;
        }
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5"), seen);
        assertEquals(6, data(query, vars("c", parent, "after", null)).getInt(root + "replies.totalCount"));
    }

    @Test
    void peoplePageMostMentionedFirstAcrossAnInsert() {
        List<String> all = walk("people", "id", 100, null);
        assertTrue(all.size() >= SPEAKERS.length, all.toString());
        assertEquals(all.size(), total("people"));
        String inserted = "person:inserted-" + run;
        List<String> seen = walk(
                "people",
                "id",
                2,
                () -> write(
                        "MATCH (a:Article {id: $a}) CREATE (a)-[:MENTIONS {count: 1000}]->(:Person:Entity {id: $id,"
                                + " name: 'Inserted Person " + run + "', aliases: []})",
                        inserted));
        assertEquals(all, seen, "a person added at the top of the list shows neither twice nor pushes one out");
        assertEquals(inserted, walk("people", "id", 2, null).get(0), "most mentioned first");
        assertEquals(all, walkBackwards("people", "id", 3).subList(1, all.size() + 1));
    }

    @Test
    void badPagingArgumentsAndCursorsOfAnotherListAreRefused() {
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "query($id: ID!) { article(id: $id) { comments(first: 1, last: 1) { totalCount } } }",
                        vars("id", articleId)));
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "query($id: ID!) { article(id: $id) { quotes(first: 101) { totalCount } } }",
                        vars("id", articleId)));
        String quoteCursor = data(articleQuery("quotes", "first: 1", "id"), vars("id", articleId))
                .getString("data.article.quotes.pageInfo.endCursor");
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "query($id: ID!, $c: String) { article(id: $id) { comments(after: $c) { totalCount } } }",
                        vars("id", articleId, "c", quoteCursor)));
        JsonPath none = data(
                "query($id: ID!) { article(id: $id) { quotes(statuses: [RETRACTED]) { totalCount"
                        + " edges { cursor } pageInfo { hasNextPage endCursor } } } }",
                vars("id", articleId));
        assertEquals(0, none.getInt("data.article.quotes.totalCount"));
        assertNull(none.get("data.article.quotes.pageInfo.endCursor"));
    }

    @Test
    void theArticleWalkOverTheFourConnectionsIsWithinAKeyedCallersCost() {
        String walk = """
                query($id: ID!) { article(id: $id) { title
                  people(first: 100) { totalCount edges { node { name said(first: 5) { totalCount } } } }
                  quotes(first: 100) { totalCount edges { node { text speaker { name } about { name } evidence { sentence } } } }
                  comments(first: 100) { totalCount edges { node { number text author { handle }
                    replies(first: 100) { totalCount edges { node { number text } } } } } } } }""";
        JsonPath json = GraphQL.postAs(GraphQL.READER_KEY, walk, vars("id", articleId))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(json.get("errors"), json.prettify());
        assertEquals(SPEAKERS.length, json.getInt("data.article.quotes.totalCount"));
        assertEquals(10, json.getList("data.article.comments.edges").size());
        assertEquals(5, json.getInt("data.article.comments.edges[0].node.replies.totalCount"));
    }

    private String articleQuery(String field, String arguments, String shape) {
        return "query($id: ID!) { article(id: $id) { " + field + "(" + arguments + ") { totalCount"
                + " edges { cursor node { " + shape
                + " } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }";
    }

    private int total(String field) {
        return data("query($id: ID!) { article(id: $id) { " + field + " { totalCount } } }", vars("id", articleId))
                .getInt("data.article." + field + ".totalCount");
    }

    /** The ids of a connection of the article, page by page forwards; {@code between} runs after the first page. */
    private List<String> walk(String field, String shape, int size, Runnable between) {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean firstPage = true;
        do {
            String arguments = "first: " + size + (after == null ? "" : ", after: \"" + after + "\"");
            JsonPath page = data(articleQuery(field, arguments, shape), vars("id", articleId));
            String at = "data.article." + field + ".";
            assertEquals(!firstPage, page.getBoolean(at + "pageInfo.hasPreviousPage"));
            seen.addAll(page.getList(at + "edges.node.id"));
            after = page.getBoolean(at + "pageInfo.hasNextPage") ? page.getString(at + "pageInfo.endCursor") : null;
            if (firstPage && between != null) {
                between.run();
            }
            firstPage = false;
        } while (after != null);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no item twice: " + seen);
        return seen;
    }

    /** The same, from the end with last/before, put back in the list's order. */
    private List<String> walkBackwards(String field, String shape, int size) {
        List<String> seen = new ArrayList<>();
        String before = null;
        do {
            String arguments = "last: " + size + (before == null ? "" : ", before: \"" + before + "\"");
            JsonPath page = data(articleQuery(field, arguments, shape), vars("id", articleId));
            String at = "data.article." + field + ".";
            List<String> ids = page.getList(at + "edges.node.id");
            seen.addAll(0, ids);
            before = page.getBoolean(at + "pageInfo.hasPreviousPage")
                    ? page.getString(at + "pageInfo.startCursor")
                    : null;
        } while (before != null);
        return seen;
    }

    private void write(String cypher, String id) {
        try (var session = driver.session()) {
            session.run(cypher, Map.of("a", articleId, "id", id)).consume();
        }
    }
}
