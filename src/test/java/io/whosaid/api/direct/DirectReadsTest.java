package io.whosaid.api.direct;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.graph.GraphReader;
import io.whosaid.support.KnownGraph;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The direct execution answers exactly what graphql-java answers: every request here is sent twice, once with
 * the direct execution off and once with it on, and the two HTTP answers (status and body, byte for byte) must
 * be the same. Each case also says which execution must have answered it, so a request meant to be answered
 * directly that quietly fell back, or an error the direct execution swallowed, fails the test.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class DirectReadsTest {

    @Inject
    ArticleWriter writer;

    @Inject
    DirectReads direct;

    @Inject
    GraphReader reader;

    String articleId;
    String quell;
    String brenn;
    String harbor;

    @BeforeEach
    void writeFixture() {
        articleId = KnownGraph.write(writer);
        quell = id("people", "quell");
        brenn = id("people", "ivo brenn");
        harbor = id("organizations", "harbor board");
    }

    @AfterEach
    void directOn() {
        direct.setEnabled(true);
    }

    @Test
    void articleWithEverythingNested() {
        same(true, """
                query($id: ID!) { article(id: $id) {
                  id url title subtitle publishedAt text editorNotes
                  publisher { id name kind aliases description }
                  people { totalCount edges { cursor node { __typename id name aliases affiliations { role organization { name } } } } }
                  organizations { name affiliates { role person { name } } }
                  quotes { edges { node { id text kind cue confidence speaker { __typename id name } about { __typename name }
                           article { id title } evidence { sentence start end } } } }
                  two: quotes(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { text } } }
                  comments { edges { node { id number text spam author { id handle site comments { number } }
                             mentions { name } parent { number } replies { totalCount edges { node { number replies { edges { node { number } } } } } }
                             article { id } } } }
                } }""", Map.of("id", articleId));
    }

    @Test
    void entitiesWithPagesCountsAndTopSpeakers() {
        same(true, """
                query($id: ID!) { person(id: $id) {
                  name aliases description affiliations { role organization { name kind } }
                  said(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                                   edges { cursor node { text kind speaker { name } } } }
                  quotedAbout { totalCount edges { node { text speaker { name } } } }
                  topSpeakers(first: 3) { quotes speaker { __typename ... on Person { name } ... on Organization { name kind } } }
                } }""", Map.of("id", quell));
        same(true, """
                query($id: ID!) { organization(id: $id) {
                  name kind affiliates { role person { name said(first: 1) { edges { node { text } } } } }
                  said { edges { node { text } } } quotedAbout(first: 5) { totalCount edges { node { text } } }
                  topSpeakers { quotes speaker { name } }
                } }""", Map.of("id", harbor));
        same(true, """
                query($id: ID!) { person(id: $id) {
                  said(first: 5, statuses: [EXTRACTED, RETRACTED]) { totalCount edges { node { text status } } }
                  none: said(first: 5, statuses: [RETRACTED]) { totalCount edges { node { text } } }
                  quotedAbout(statuses: [CONFIRMED, EXTRACTED]) { totalCount }
                } }""", Map.of("id", quell));
        same(true, """
                query($id: ID!) { article(id: $id) { quotes { edges { node { id } } } r: quotes(statuses: [RETRACTED]) { totalCount edges { node { id } } } } }""", Map.of("id", articleId));
    }

    @Test
    void aliasesFragmentsAndDirectives() {
        same(true, """
                query Both($id: ID!, $withText: Boolean!, $skipQuotes: Boolean!) {
                  a: article(id: $id) { ...Head t: title text @include(if: $withText) quotes @skip(if: $skipQuotes) { edges { node { id } } } }
                  b: article(id: $id) { id quotes { edges { node { ... on Quote { said: text } ...Q } } } }
                  __typename
                }
                fragment Head on Article { title id __typename }
                fragment Q on Quote { kind speaker { ... on Entity { name } ... on Person { aliases } } }
                query Other { articles(first: 1) { totalCount } }""", Map.of("id", articleId, "withText", false, "skipQuotes", true), "Both");
    }

    @Test
    void aliasedPagesDefaultsAndRepeatedFields() {
        same(true, """
                query($id: ID!, $first: Int = 1) { person(id: $id) {
                  one: said(first: $first) { edges { node { text } } pageInfo { hasNextPage } }
                  two: said(first: 2) { totalCount edges { cursor node { text } } }
                  name name n: name
                  top: topSpeakers(first: 1) { quotes } all: topSpeakers { quotes speaker { id } }
                } }""", Map.of("id", quell));
        same(
                true,
                "query($id: ID!) { node(id: $id) { ... on Person { name } ... on Entity { name aliases } id } }",
                Map.of("id", quell));
    }

    @Test
    void everyRootField() {
        same(
                true,
                "query($id: ID!) { node(id: $id) { __typename id ... on Article { title } ... on Person { name } } }",
                Map.of("id", articleId));
        same(
                true,
                "query($id: ID!) { node(id: $id) { __typename id ... on Entity { name aliases } } }",
                Map.of("id", quell));
        same(
                true,
                "{ articles(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { title quotes { edges { node { text } } } } } } }",
                Map.of());
        same(
                true,
                "query($n: String) { people(name: $n) { totalCount edges { node { name } } } organizations { edges { node { name kind } } } }",
                Map.of("n", "quell"));
        same(
                true,
                "query($a: ID) { quotes(aboutId: $a, first: 2) { totalCount pageInfo { hasNextPage } edges { node { text speaker { name } article { title } } } } }",
                Map.of("a", quell));
        same(
                true,
                "query($a: ID!) { quotes(filter: {aboutIds: [$a], kinds: [DIRECT, PARTIAL], unnamedSource: false,"
                        + " published: {from: \"2020-01-01T00:00:00Z\"}, statuses: [EXTRACTED, CONFIRMED]}, orderBy: {field: PUBLISHED},"
                        + " last: 2) { totalCount pageInfo { hasPreviousPage startCursor } edges { cursor node { text } } } }",
                Map.of("a", quell));
        same(
                true,
                "{ articles(first: 2, filter: {published: {to: \"2030-01-01T00:00:00Z\"}}, orderBy: {field: PUBLISHED, direction: ASC})"
                        + " { totalCount edges { cursor node { title publishedAt } } } }",
                Map.of());
        same(
                true,
                "{ search(query: \"harbor\", first: 5) { type label score node { __typename id ... on Quote { text } ... on Entity { name } ... on Article { title } } } }",
                Map.of());
        // neighborhood, path and shortestPaths run as SubgraphReads does them, selection or not
        same(
                true,
                "query($id: ID!) { neighborhood(id: $id, hops: 2, limit: 20) { nodes { id type label } edges { id type source target } } }",
                Map.of("id", quell));
        same(
                true,
                "query($a: ID!, $b: ID!) { p: path(fromId: $a, toId: $b) { nodes { id type } edges { type source target } } none: path(fromId: $a, toId: $b, maxHops: 1) { nodes { id } } }",
                Map.of("a", quell, "b", brenn));
        same(
                true,
                "query($a: ID!, $b: ID!) { shortestPaths(fromId: $a, toId: $b) { paths { nodes edges }"
                        + " graph { truncated nodes { id degree said quotedAbout } elements { nodes { data { id type } } } } } }",
                Map.of("a", quell, "b", brenn));
        same(true, "{ __typename }", Map.of());
    }

    @Test
    void errorsAreGraphQLJavasAnswers() {
        // an unknown id, or one of another type, is null without an error: answered directly, the same
        same(true, "query($id: ID!) { article(id: $id) { title } }", Map.of("id", "article:0000000000000000"));
        same(true, "query($id: ID!) { article(id: $id) { title } person(id: $id) { name } }", Map.of("id", articleId));
        same(
                false,
                "query($id: ID!) { article(id: $id) { title } person(id: \"\") { name } }",
                Map.of("id", articleId));
        same(false, "{ search(query: \"   \") { label } }", Map.of());
        same(false, "query($id: ID!) { person(id: $id) { said(first: 100000) { totalCount } } }", Map.of("id", quell));
        same(false, "{ article(id: 5) { nope } }", Map.of());
        same(false, "query($id: ID!) { article(id: $id) { title } }", Map.of("id", 12.5));
        same(false, "query($id: ID!) { article(id: $id) { title } }", Map.of());
        same(false, "{ __schema { queryType { name } } }", Map.of());
        same(false, "query A { __typename } query B { __typename }", Map.of());
    }

    /** With the direct execution off (or where it falls back), graphql-java's execution also reads in one query. */
    @Test
    void graphQLJavaAlsoReadsANestedRequestInOneQuery() {
        direct.setEnabled(false);
        long before = reader.queryCount();
        Response nested = post("""
                query($id: ID!) { article(id: $id) { title quotes { edges { node { text speaker { name ... on Person { affiliations { role } } } } } }
                  comments { edges { node { author { handle } replies { edges { node { number } } } } } } } }""", Map.of("id", articleId), null);
        assertEquals(1, reader.queryCount() - before, nested.asString());
        assertFalse(nested.asString().contains("\"errors\""), nested.asString());
    }

    /**
     * A root query that failed in the direct execution is graphql-java's to report: it runs the request again, so
     * no failure is handed from one execution to the other, and the answer is graphql-java's own.
     */
    @Test
    void aFailedRootQueryIsReportedByGraphQLJava() {
        long before = reader.queryCount();
        long answered = direct.answered();
        // an unknown id is no failure: null, answered directly after its one query
        Response missing = post(
                "query($id: ID!) { a: article(id: $id) { title } }", Map.of("id", "article:0000000000000000"), null);
        assertEquals(1, reader.queryCount() - before, missing.asString());
        assertEquals(answered + 1, direct.answered());
        assertFalse(missing.asString().contains("\"errors\""), missing.asString());

        before = reader.queryCount();
        Response secondFails = post(
                "query($id: ID!) { a: article(id: $id) { title } b: article(id: \"\") { title } }",
                Map.of("id", articleId),
                null);
        // the direct execution reads a, then b fails (before its query); graphql-java reads a again and reports b's
        // failure
        assertEquals(2, reader.queryCount() - before, secondFails.asString());
        assertEquals("BAD_INPUT", secondFails.jsonPath().getString("errors[0].extensions.code"));
        assertEquals(java.util.List.of("b"), secondFails.jsonPath().getList("errors[0].path"));
        assertNotNull(secondFails.jsonPath().getString("data.a.title"));
    }

    private void same(boolean answeredDirectly, String query, Map<String, Object> variables) {
        same(answeredDirectly, query, variables, null);
    }

    private void same(boolean answeredDirectly, String query, Map<String, Object> variables, String operationName) {
        direct.setEnabled(false);
        Response byGraphQLJava = post(query, variables, operationName);
        direct.setEnabled(true);
        long before = direct.answered();
        Response byEither = post(query, variables, operationName);
        assertEquals(byGraphQLJava.statusCode(), byEither.statusCode(), query);
        assertEquals(byGraphQLJava.asString(), byEither.asString(), query);
        assertEquals(
                answeredDirectly ? before + 1 : before,
                direct.answered(),
                (answeredDirectly ? "meant to be answered directly: " : "meant for graphql-java: ") + query + "\n"
                        + byEither.asString());
        if (answeredDirectly) {
            assertFalse(byEither.asString().contains("\"errors\""), byEither.asString());
        }
    }

    private static Response post(String query, Map<String, Object> variables, String operationName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", new HashMap<>(variables));
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        // With a key: anonymous callers' nested lists are costed by the longest in the graph, which other tests grow.
        return given().contentType("application/json")
                .accept("application/json")
                .header("X-API-Key", "test-reader-key")
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .extract()
                .response();
    }

    private static String id(String root, String name) {
        String found = post(
                        "query($n: String) { " + root + "(name: $n) { edges { node { id } } } }",
                        Map.of("n", name),
                        null)
                .jsonPath()
                .getString("data." + root + ".edges[0].node.id");
        assertNotNull(found, root + " named " + name);
        return found;
    }
}
