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
import io.whosaid.graph.ArticleWriter;
import io.whosaid.support.KnownGraph;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every query of the contract over a graph whose facts are known exactly: the article is parsed for real and
 * its extraction is written out by hand here, so these tests check the read path whatever the extractor finds.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ContractQueriesTest {

    @Inject
    ArticleWriter writer;

    String articleId;

    @BeforeEach
    void writeFixture() {
        articleId = KnownGraph.write(writer);
    }

    @Test
    void articleWithEverythingNested() {
        JsonPath json = data("""
                query($id: ID!) { article(id: $id) {
                  id url title subtitle publishedAt text editorNotes
                  publisher { name kind }
                  people { edges { node { name aliases } } }
                  organizations { name }
                  quotes { edges { node { text kind cue speaker { __typename name } about { name } article { id }
                           evidence { sentence start end } } } }
                  comments { edges { node { number author { handle } mentions { name } parent { number }
                             replies { edges { node { number } } } article { id } } } }
                } }""", vars("id", articleId));
        String a = "data.article.";
        assertEquals("https://ledger.example/harbor-board", json.getString(a + "url"));
        assertEquals("2026-01-12T00:00:00Z", json.getString(a + "publishedAt"));
        assertEquals("The Coastal Ledger", json.getString(a + "publisher.name"));
        assertEquals("PUBLISHER", json.getString(a + "publisher.kind"));
        assertEquals(List.of("Mara Quell", "Ivo Brenn"), json.getList(a + "people.edges.node.name"));
        assertEquals(Set.of("Harbor Board", "Tidewater Lines"), new HashSet<>(json.getList(a + "organizations.name")));
        assertEquals(4, json.getList(a + "quotes.edges").size());
        String text = json.getString(a + "text");
        for (Map<String, Object> quote : json.<Map<String, Object>>getList(a + "quotes.edges.node")) {
            Map<?, ?> evidence = (Map<?, ?>) quote.get("evidence");
            assertEquals(
                    quote.get("text"),
                    text.substring((Integer) evidence.get("start"), (Integer) evidence.get("end")),
                    "evidence offsets point at the quote in Article.text");
            assertEquals(articleId, ((Map<?, ?>) quote.get("article")).get("id"));
        }
        assertEquals("Person", json.getString(a + "quotes.edges[0].node.speaker.__typename"));
        assertEquals(List.of("Harbor Board"), json.getList(a + "quotes.edges[0].node.about.name"));
        assertEquals(List.of("1", "1.1", "2"), json.getList(a + "comments.edges.node.number"));
        assertEquals(List.of("Mara Quell"), json.getList(a + "comments.edges[0].node.mentions.name"));
        assertEquals(List.of("1.1"), json.getList(a + "comments.edges[0].node.replies.edges.node.number"));
        assertEquals("1", json.getString(a + "comments.edges[1].node.parent.number"));
        assertEquals("Brenn_fan", json.getString(a + "comments.edges[1].node.author.handle"));
    }

    @Test
    void personWithRolesQuotesAndQuotesAbout() {
        String id = personId("quell");
        JsonPath json = data("""
                query($id: ID!) { person(id: $id) {
                  name aliases affiliations { role organization { name } }
                  said(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { text } } }
                  quotedAbout { totalCount edges { node { text speaker { name } } } }
                } }""", vars("id", id));
        assertEquals("Mara Quell", json.getString("data.person.name"));
        assertTrue(json.getList("data.person.aliases").containsAll(List.of("Quell", "Ms. Quell")));
        assertEquals("chair", json.getString("data.person.affiliations[0].role"));
        assertEquals("Harbor Board", json.getString("data.person.affiliations[0].organization.name"));
        assertEquals(3, json.getInt("data.person.said.totalCount"));
        assertEquals(2, json.getList("data.person.said.edges").size());
        assertTrue(json.getBoolean("data.person.said.pageInfo.hasNextPage"));
        JsonPath next = data(
                "query($id: ID!, $after: String) { person(id: $id) { said(first: 2, after: $after) {"
                        + " pageInfo { hasNextPage hasPreviousPage } edges { node { text } } } } }",
                vars("id", id, "after", json.getString("data.person.said.pageInfo.endCursor")));
        assertEquals(1, next.getList("data.person.said.edges").size());
        assertFalse(next.getBoolean("data.person.said.pageInfo.hasNextPage"));
        assertTrue(next.getBoolean("data.person.said.pageInfo.hasPreviousPage"));
        Set<String> all = new HashSet<>(json.getList("data.person.said.edges.node.text"));
        all.addAll(next.getList("data.person.said.edges.node.text"));
        assertEquals(3, all.size(), "pages neither repeat nor skip");
        assertEquals(1, json.getInt("data.person.quotedAbout.totalCount"));
        assertEquals("Ivo Brenn", json.getString("data.person.quotedAbout.edges[0].node.speaker.name"));
    }

    @Test
    void peopleAndOrganizationsByNameOrAliasIgnoringCase() {
        assertEquals(
                List.of("Mara Quell"),
                data("{ people(name: \"QUELL\") { edges { node { name } } } }").getList("data.people.edges.node.name"));
        assertEquals(
                List.of("Mara Quell"),
                data("{ people(name: \"ms. quell\") { totalCount edges { node { name } } } }")
                        .getList("data.people.edges.node.name"));
        assertEquals(0, data("{ people(name: \"Que\") { totalCount } }").getInt("data.people.totalCount"));
        assertEquals(
                List.of("Tidewater Lines"),
                data("{ organizations(name: \"tidewater lines\") { edges { node { name"
                                + " affiliates { role person { name } } said { totalCount } quotedAbout { totalCount } } } } }")
                        .getList("data.organizations.edges.node.name"));
        JsonPath org = data(
                "{ organizations(name: \"Tidewater Lines\") { edges { node { affiliates { role person { name } } quotedAbout { totalCount } } } } }");
        assertEquals("director", org.getString("data.organizations.edges[0].node.affiliates[0].role"));
        assertEquals(1, org.getInt("data.organizations.edges[0].node.quotedAbout.totalCount"));
        assertTrue(data("{ people(first: 100) { totalCount edges { node { name } } } }")
                .getList("data.people.edges.node.name")
                .contains("Ivo Brenn"));
    }

    @Test
    void topSpeakersAboutAnEntity() {
        JsonPath org = data(
                "{ organizations(name: \"Tidewater Lines\") { edges { node { topSpeakers { quotes speaker { name } } } } } }");
        assertEquals("Mara Quell", org.getString("data.organizations.edges[0].node.topSpeakers[0].speaker.name"));
        assertEquals(1, org.getInt("data.organizations.edges[0].node.topSpeakers[0].quotes"));
        JsonPath person = data(
                "query($id: ID!) { person(id: $id) { topSpeakers(first: 5) { quotes speaker { name } } } }",
                vars("id", personId("quell")));
        assertEquals(List.of("Ivo Brenn"), person.getList("data.person.topSpeakers.speaker.name"));
    }

    @Test
    void quotesFilteredBySpeakerSubjectArticleAndText() {
        String quell = personId("quell");
        String brenn = personId("ivo brenn");
        assertEquals(
                3,
                data("query($s: ID) { quotes(speakerId: $s) { totalCount } }", vars("s", quell))
                        .getInt("data.quotes.totalCount"));
        assertEquals(
                List.of("talks with Ms. Quell would go on"),
                data(
                                "query($a: ID) { quotes(aboutId: $a) { edges { node { text speaker { id } } } } }",
                                vars("a", quell))
                        .getList("data.quotes.edges.node.text"));
        assertEquals(
                4,
                data("query($a: ID) { quotes(articleId: $a) { totalCount } }", vars("a", articleId))
                        .getInt("data.quotes.totalCount"));
        assertEquals(
                List.of("We will not sign this plan,"),
                data(
                                "query($a: ID) { quotes(articleId: $a, text: \"sign\") { edges { node { text } } } }",
                                vars("a", articleId))
                        .getList("data.quotes.edges.node.text"));
        assertEquals(
                0,
                data(
                                "query($s: ID, $a: ID) { quotes(speakerId: $s, aboutId: $a) { totalCount } }",
                                vars("s", brenn, "a", brenn))
                        .getInt("data.quotes.totalCount"));
        assertEquals(
                "DIRECT",
                data(
                                "query($s: ID) { quotes(speakerId: $s, text: \"listened\") { edges { node { kind cue } } } }",
                                vars("s", quell))
                        .getString("data.quotes.edges[0].node.kind"));
    }

    @Test
    void searchFindsEntitiesQuotesAndTitlesAndRefusesOtherSyntax() {
        // Asserts on the fixture's own hits, each looked for within its kind: how a person ranks against a quote
        // depends on Lucene's scores, which change with what other classes wrote to the shared store.
        String hits =
                "query($q: String!) { search(query: $q, first: 100) { type label node { id ... on Person { name } } } }";
        assertTrue(data(hits, vars("q", "Quell type:person"))
                .getList("data.search.label")
                .contains("Mara Quell"));
        assertTrue(
                data(hits, vars("q", "Quell type:quote"))
                        .getList("data.search.label")
                        .contains("talks with Ms. Quell would go on"),
                "the indirect quote names Quell");
        assertTrue(data(hits, vars("q", "\"Harbor Board Rejects Ferry Plan\" type:article"))
                .getList("data.search.label")
                .contains("Harbor Board Rejects Ferry Plan"));
        // A hit's node carries the properties selected on it, whatever fragment names them.
        JsonPath article = data(
                "query($q: String!) { search(query: $q, first: 100) { type node { id ... on Article { title text } } } }",
                vars("q", "\"Harbor Board Rejects Ferry Plan\" type:article"));
        int at = article.getList("data.search.node.id").indexOf(articleId);
        assertTrue(at >= 0, "the fixture article is a hit");
        assertEquals("Harbor Board Rejects Ferry Plan", article.getString("data.search[" + at + "].node.title"));
        assertTrue(article.getString("data.search[" + at + "].node.text").length() > 200, "the article's whole text");
        // Lucene syntax outside the search language is refused with a message, never run as a query.
        assertEquals(
                "BAD_INPUT", errorCode("{ search(query: \"Quell AND (ferry OR *) ~ \\\"\") { label } }", Map.of()));
    }

    @Test
    void neighborhoodAndPathAreDrawableAsIs() {
        String quell = personId("quell");
        String brenn = personId("ivo brenn");
        JsonPath json = data(
                "query($id: ID!) { neighborhood(id: $id, hops: 2) { nodes { id type label } edges { id type source target } } }",
                vars("id", quell));
        List<String> nodeIds = json.getList("data.neighborhood.nodes.id");
        assertEquals(quell, nodeIds.get(0));
        assertTrue(nodeIds.contains(articleId));
        assertEquals(nodeIds.size(), new HashSet<>(nodeIds).size(), "nodes are unique");
        List<Map<String, String>> edges = json.getList("data.neighborhood.edges");
        assertFalse(edges.isEmpty());
        for (Map<String, String> edge : edges) {
            assertTrue(
                    nodeIds.contains(edge.get("source")) && nodeIds.contains(edge.get("target")),
                    "every edge joins two returned nodes: " + edge);
        }
        assertTrue(json.getList("data.neighborhood.edges.type").contains("SAID"));

        JsonPath path = data(
                "query($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { nodes { id type } edges { type source target } } }",
                vars("a", quell, "b", brenn));
        List<String> pathIds = path.getList("data.path.nodes.id");
        assertEquals(quell, pathIds.get(0));
        assertEquals(brenn, pathIds.get(pathIds.size() - 1));
        assertEquals(pathIds.size() - 1, path.getList("data.path.edges").size());

        JsonPath none = data(
                "query($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, maxHops: 1) { nodes { id } } }",
                vars("a", quell, "b", brenn));
        assertNull(none.get("data.path"), "no connection within one hop");
    }

    @Test
    void nodeFindsEveryType() {
        JsonPath article = data(
                "query($id: ID!) { article(id: $id) { quotes { edges { node { id } } } comments { edges { node { id author { id } } } } publisher { id } } }",
                vars("id", articleId));
        List<String> ids = new ArrayList<>(List.of(
                articleId,
                personId("quell"),
                article.getString("data.article.publisher.id"),
                article.getString("data.article.quotes.edges[0].node.id"),
                article.getString("data.article.comments.edges[0].node.id"),
                article.getString("data.article.comments.edges[0].node.author.id")));
        List<String> types = new ArrayList<>();
        for (String id : ids) {
            JsonPath node = data("query($id: ID!) { node(id: $id) { __typename id } }", vars("id", id));
            assertEquals(id, node.getString("data.node.id"));
            types.add(node.getString("data.node.__typename"));
        }
        assertEquals(List.of("Article", "Person", "Organization", "Quote", "Comment", "Commenter"), types);
    }

    private static String personId(String name) {
        return data("query($n: String) { people(name: $n) { edges { node { id } } } }", vars("n", name))
                .getString("data.people.edges[0].node.id");
    }
}
