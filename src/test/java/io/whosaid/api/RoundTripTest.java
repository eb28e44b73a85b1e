package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.graph.GraphReader;
import io.whosaid.support.KnownGraph;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A nested read request costs one Cypher round trip however deep it goes (counted at the graph reader). */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class RoundTripTest {

    @Inject
    ArticleWriter writer;

    @Inject
    GraphReader reader;

    String articleId;
    String personId;

    @BeforeEach
    void writeFixture() {
        articleId = KnownGraph.write(writer);
        personId = data("{ people(name: \"Mara Quell\") { edges { node { id } } } }")
                .getString("data.people.edges[0].node.id");
    }

    @Test
    void articleToQuotesToSpeakersToAffiliationsToOrganizationIsOneQuery() {
        JsonPath json = counted(1, """
                query($id: ID!) { article(id: $id) { title publisher { name }
                  people(first: 2) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } }
                  quotes { totalCount edges { node { text speaker { name ... on Person { affiliations { role organization { name
                    quotedAbout(first: 5) { edges { node { text speaker { name } } } } } } } } about { name } } } }
                  comments(first: 2) { totalCount pageInfo { hasNextPage } edges { cursor node { number author { handle comments { number } }
                    parent { number } replies(first: 5) { totalCount edges { node { number } } } mentions { name } } } } } }""", vars("id", articleId));
        assertEquals(
                "Harbor Board",
                json.getString("data.article.quotes.edges[0].node.speaker.affiliations[0].organization.name"));
        assertEquals(4, json.getInt("data.article.quotes.totalCount"));
        assertEquals(2, json.getList("data.article.comments.edges").size());
        assertEquals(3, json.getInt("data.article.comments.totalCount"));
        assertTrue(json.getBoolean("data.article.comments.pageInfo.hasNextPage"));
        assertEquals(List.of("1.1"), json.getList("data.article.comments.edges[0].node.replies.edges.node.number"));
        assertEquals(2, json.getInt("data.article.people.totalCount"));
    }

    @Test
    void personToSaidToAboutToQuotedAboutIsOneQuery() {
        JsonPath json = counted(1, """
                query($id: ID!) { person(id: $id) { name
                  said(first: 2) { pageInfo { hasNextPage } edges { node { text about { name
                    ... on Organization { quotedAbout { edges { node { text } } } affiliates { person { name } } } } article { title } } } }
                  quotedAbout { edges { node { speaker { name } } } } } }""", vars("id", personId));
        assertEquals(2, json.getList("data.person.said.edges").size());
        assertEquals(true, json.getBoolean("data.person.said.pageInfo.hasNextPage"));
    }

    @Test
    void connectionRootsWithNestingAndTheirCountAreOneQuery() {
        counted(
                1,
                "{ quotes(first: 10) { edges { node { text speaker { name } article { title publisher { name } } } } } }",
                Map.of());
        counted(
                1,
                "{ articles(first: 3) { edges { node { title quotes { edges { node { speaker { name } } } }"
                        + " comments { edges { node { author { handle } } } } } } } }",
                Map.of());
        counted(
                1,
                "{ people(first: 3) { totalCount edges { node { name said { totalCount edges { node { text } } } } } } }",
                Map.of());
    }

    @Test
    void topSpeakersWithTheirAffiliationsIsOneQuery() {
        JsonPath json = counted(
                1,
                "{ organizations(name: \"Tidewater Lines\") { edges { node { name"
                        + " topSpeakers(first: 3) { quotes speaker { name ... on Person { affiliations { role organization { name } } } } } } } } }",
                Map.of());
        assertEquals(
                "chair",
                json.getString("data.organizations.edges[0].node.topSpeakers[0].speaker.affiliations[0].role"));
    }

    @Test
    void topSpeakersAreTheSameAtTheRootInAListUnderASingleNodeAndInAPage() {
        String top = "topSpeakers(first: 5) { quotes speaker { id name } }";
        String orgId = data("{ organizations(name: \"Tidewater Lines\") { edges { node { id } } } }")
                .getString("data.organizations.edges[0].node.id");
        // counted at the root (a hoisted WITH column), inside a list, under a single node, and on a page
        // (counted per speaker with COUNT {}): four ways of writing the count, one answer
        Object atRoot = counted(1, "query($id: ID!) { organization(id: $id) { " + top + " } }", vars("id", orgId))
                .get("data.organization.topSpeakers");
        JsonPath nested = counted(
                1,
                "query($id: ID!) { article(id: $id) { quotes { edges { node { about { id ... on Organization { " + top
                        + " } } speaker { id ... on Person { " + top + " } } } } } } }",
                vars("id", articleId));
        Object onPage = counted(
                        1, "{ organizations(name: \"Tidewater Lines\") { edges { node { " + top + " } } } }", Map.of())
                .get("data.organizations.edges[0].node.topSpeakers");
        java.util.List<Map<String, Object>> quotes = nested.getList("data.article.quotes.edges.node");
        int seen = 0;
        for (Map<String, Object> quote : quotes) {
            for (Object about : (java.util.List<?>) quote.get("about")) {
                Map<?, ?> entity = (Map<?, ?>) about;
                if (orgId.equals(entity.get("id"))) {
                    assertEquals(atRoot, entity.get("topSpeakers"));
                    seen++;
                }
            }
            Map<?, ?> speaker = (Map<?, ?>) quote.get("speaker");
            if (speaker != null && speaker.get("topSpeakers") != null) {
                Object speakerAtRoot = data(
                                "query($id: ID!) { person(id: $id) { " + top + " } }", vars("id", speaker.get("id")))
                        .get("data.person.topSpeakers");
                assertEquals(speakerAtRoot, speaker.get("topSpeakers"));
            }
        }
        assertEquals(atRoot, onPage);
        assertEquals(false, ((java.util.List<?>) atRoot).isEmpty(), "Tidewater Lines is quoted about");
        assertEquals(true, seen > 0, "a quote of the article is about Tidewater Lines");
    }

    @Test
    void aliasesOfTheSameFieldWithDifferentPagesStayApart() {
        JsonPath json = counted(1, """
                query($id: ID!) { person(id: $id) {
                  firstPage: said(first: 1) { edges { node { text } } }
                  secondPage: said(first: 2) { edges { node { text } } } } }""", vars("id", personId));
        assertEquals(1, json.getList("data.person.firstPage.edges").size());
        assertEquals(2, json.getList("data.person.secondPage.edges").size());
    }

    @Test
    void fieldsTheRootDidNotReadAreStillLoadedOnceForAllParents() {
        // The ingest mutation's answer is read without a projection, so its related fields go to the batched
        // loaders: one query per level (quotes of the article, then the speakers of all its quotes), never one
        // per quote.
        String text = "Harbor talks resume\n\nIvo Brenn said: “We are back at the table.”\n"
                + "Mara Quell said: “Nothing has changed yet.”\nTeo Vance said: “The ferries keep running.”";
        long before = reader.queryCount();
        JsonPath json = data(
                "mutation($text: String!) { ingestArticle(input: {text: $text}) {"
                        + " article { quotes { edges { node { text speaker { name } } } } } } }",
                vars("text", text));
        long reads = reader.queryCount() - before;
        java.util.List<String> speakers = json.getList("data.ingestArticle.article.quotes.edges.node.speaker.name");
        assertEquals(3, speakers.size(), json.prettify());
        assertEquals(true, reads <= 3, "reads for an article with 3 quoted speakers: " + reads);
    }

    private JsonPath counted(int expectedQueries, String query, Map<String, Object> variables) {
        long before = reader.queryCount();
        JsonPath json = data(query, variables);
        assertEquals(expectedQueries, reader.queryCount() - before, "Cypher queries run for: " + query);
        return json;
    }
}
