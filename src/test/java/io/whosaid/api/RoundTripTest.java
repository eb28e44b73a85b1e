package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.graph.GraphReader;
import io.whosaid.support.KnownGraph;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
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
        personId = data("{ people(name: \"Mara Quell\") { edges { node { id } } } }").getString("data.people.edges[0].node.id");
    }

    @Test
    void articleToQuotesToSpeakersToAffiliationsToOrganizationIsOneQuery() {
        JsonPath json = counted(1, """
                query($id: ID!) { article(id: $id) { title publisher { name }
                  quotes { text speaker { name ... on Person { affiliations { role organization { name
                    quotedAbout(first: 5) { edges { node { text speaker { name } } } } } } } } about { name } }
                  comments { number author { handle comments { number } } parent { number } replies { number } mentions { name } } } }""",
                vars("id", articleId));
        assertEquals("Harbor Board", json.getString("data.article.quotes[0].speaker.affiliations[0].organization.name"));
        assertEquals(3, json.getList("data.article.comments").size());
    }

    @Test
    void personToSaidToAboutToQuotedAboutIsOneQuery() {
        JsonPath json = counted(1, """
                query($id: ID!) { person(id: $id) { name
                  said(first: 2) { pageInfo { hasNextPage } edges { node { text about { name
                    ... on Organization { quotedAbout { edges { node { text } } } affiliates { person { name } } } } article { title } } } }
                  quotedAbout { edges { node { speaker { name } } } } } }""",
                vars("id", personId));
        assertEquals(2, json.getList("data.person.said.edges").size());
        assertEquals(true, json.getBoolean("data.person.said.pageInfo.hasNextPage"));
    }

    @Test
    void connectionRootsWithNestingAndTheirCountAreOneQuery() {
        counted(1, "{ quotes(first: 10) { edges { node { text speaker { name } article { title publisher { name } } } } } }", Map.of());
        counted(1, "{ articles(first: 3) { edges { node { title quotes { speaker { name } } comments { author { handle } } } } } }", Map.of());
        counted(1, "{ people(first: 3) { totalCount edges { node { name said { totalCount edges { node { text } } } } } } }", Map.of());
    }

    @Test
    void topSpeakersWithTheirAffiliationsIsOneQuery() {
        JsonPath json = counted(1, "{ organizations(name: \"Tidewater Lines\") { edges { node { name"
                + " topSpeakers(first: 3) { quotes speaker { name ... on Person { affiliations { role organization { name } } } } } } } } }",
                Map.of());
        assertEquals("chair", json.getString("data.organizations.edges[0].node.topSpeakers[0].speaker.affiliations[0].role"));
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

    private JsonPath counted(int expectedQueries, String query, Map<String, Object> variables) {
        long before = reader.queryCount();
        JsonPath json = data(query, variables);
        assertEquals(expectedQueries, reader.queryCount() - before, "Cypher queries run for: " + query);
        return json;
    }
}
