package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.Seed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who said what about whom in the seed, asked through GraphQL after a real ingest, each with its evidence. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class SeedExtractionApiTest {

    String articleId;
    String text;

    @BeforeEach
    void ingestSeed() {
        JsonPath json = data(
                "mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id text } } }",
                vars("t", Seed.text()));
        articleId = json.getString("data.ingestArticle.article.id");
        text = json.getString("data.ingestArticle.article.text");
    }

    private List<Map<String, Object>> quotes() {
        return data("""
                query($id: ID!) { article(id: $id) { quotes(first: 100) { edges { node { text kind cue speaker { name } about { name }
                  evidence { sentence start end } } } } } }""", vars("id", articleId)).getList("data.article.quotes.edges.node");
    }

    private Map<String, Object> quoteStarting(String prefix) {
        Optional<Map<String, Object>> quote = quotes().stream()
                .filter(q -> ((String) q.get("text")).startsWith(prefix))
                .findFirst();
        assertTrue(quote.isPresent(), "no quote starting " + prefix);
        return quote.get();
    }

    private static String speaker(Map<String, Object> quote) {
        Map<?, ?> speaker = (Map<?, ?>) quote.get("speaker");
        return speaker == null ? null : (String) speaker.get("name");
    }

    @Test
    void lukyanovSaidWhoTheHeckKnows() {
        Map<String, Object> quote =
                quoteStarting("The expert opinion that I can authoritatively declare is: Who the heck knows?");
        assertEquals("Fyodor Lukyanov", speaker(quote));
        assertEquals("DIRECT", quote.get("kind"));
        assertEvidence(quote);
    }

    @Test
    void stanovayaSaidNoOneKnows() {
        Map<String, Object> quote = quoteStarting("No one knows with 100 percent certainty");
        assertEquals("Tatiana Stanovaya", speaker(quote));
        assertEvidence(quote);
    }

    @Test
    void treninSaidHeUsesUnpredictabilityAboutPutin() {
        Map<String, Object> quote = quoteStarting("He uses unpredictability");
        assertEquals("Dmitri Trenin", speaker(quote));
        assertTrue(
                ((List<?>) quote.get("about"))
                        .stream().anyMatch(a -> ((Map<?, ?>) a).get("name").equals("Vladimir V. Putin")),
                "about Putin: " + quote.get("about"));
        assertEvidence(quote);
    }

    @Test
    void rolesOfPeskovAndTrenin() {
        JsonPath peskov = data(
                "{ people(name: \"Peskov\") { edges { node { name description affiliations { role organization { name } } } } } }");
        assertEquals("Dmitri S. Peskov", peskov.getString("data.people.edges[0].node.name"));
        String roles = peskov.getString("data.people.edges[0].node.affiliations") + " "
                + peskov.getString("data.people.edges[0].node.description");
        assertTrue(roles.contains("spokesman"), roles);
        assertTrue(roles.contains("Kremlin"), "Peskov is the Kremlin's spokesman: " + roles);

        JsonPath trenin = data(
                "{ people(name: \"Dmitri Trenin\") { edges { node { affiliations { role organization { name } } } } } }");
        List<Map<String, Object>> affiliations = trenin.getList("data.people.edges[0].node.affiliations");
        assertTrue(
                affiliations.stream()
                        .anyMatch(a -> "director".equals(a.get("role"))
                                && "Carnegie Moscow Center".equals(((Map<?, ?>) a.get("organization")).get("name"))),
                affiliations.toString());
    }

    @Test
    void quotesAboutPutinListTheirSpeakers() {
        String putin = data("{ people(name: \"Putin\") { edges { node { id name aliases } } } }")
                .getString("data.people.edges[0].node.id");
        JsonPath about = data(
                "query($id: ID) { quotes(aboutId: $id, first: 50) { totalCount edges { node { text speaker { name } } } } }",
                vars("id", putin));
        List<String> speakers = about.getList("data.quotes.edges.node.speaker.name");
        assertTrue(about.getInt("data.quotes.totalCount") >= 1);
        assertTrue(speakers.contains("Dmitri Trenin"), speakers.toString());
    }

    private void assertEvidence(Map<String, Object> quote) {
        Map<?, ?> evidence = (Map<?, ?>) quote.get("evidence");
        int start = (Integer) evidence.get("start");
        int end = (Integer) evidence.get("end");
        assertEquals(quote.get("text"), text.substring(start, end), "offsets point at the quote in Article.text");
        assertTrue(((String) evidence.get("sentence")).contains((String) quote.get("text")));
    }
}
