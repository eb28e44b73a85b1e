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
import io.whosaid.graph.CypherFile;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** The questions people ask (issue 17), on three dated articles of two people who talk about each other. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class QuestionsTest {

    private static final String INGEST =
            "mutation($t: String!, $d: String) { ingestArticle(input: {text: $t, publishedAt: $d})"
                    + " { article { id publisher { id } } } }";

    @Inject
    Driver driver;

    String reyl;
    String valmont;
    String publisher;

    @BeforeEach
    void ingest() {
        publisher = data(
                        INGEST,
                        vars(
                                "t",
                                "Canal dispute deepens\n\nA report from Orsenne.\n\n"
                                        + "“Petra Valmont is wrong about the canal,” said Tomas Reyl, the canal engineer.\n\n"
                                        + "“Tomas Reyl never listens,” said Petra Valmont, the mayor of Orsenne.\n\n"
                                        + "“The canal will close in spring,” said a senior canal official.\n\nSource: Orsenne Questioner",
                                "d",
                                "2025-03-10"))
                .getString("data.ingestArticle.article.publisher.id");
        data(
                INGEST,
                vars(
                        "t",
                        "Canal dispute again\n\nA report from Orsenne.\n\n"
                                + "“Petra Valmont still ignores the locks,” said Tomas Reyl, the canal engineer.\n\n"
                                + "“The locks are unsafe,” said a senior canal official.\n\nSource: Orsenne Questioner",
                        "d",
                        "2025-04-02"));
        reyl = id("tomas reyl");
        valmont = id("petra valmont");
    }

    private static String id(String name) {
        return data("query($n: String!) { people(filter: {alias: $n}) { edges { node { id } } } }", vars("n", name))
                .getString("data.people.edges[0].node.id");
    }

    @Test
    void quotesBetweenTwoEntitiesBothWays() {
        JsonPath json = data(
                "query($a: ID!, $b: ID!) { quotesBetween(a: $a, b: $b, first: 1) { aAboutBCount"
                        + " aAboutB { text speaker { name } } bAboutACount bAboutA { text speaker { name } } } }",
                vars("a", reyl, "b", valmont));
        assertEquals(2, json.getInt("data.quotesBetween.aAboutBCount"), json.prettify());
        assertEquals(
                List.of("Petra Valmont still ignores the locks"),
                json.getList("data.quotesBetween.aAboutB.text"),
                "the newest first, first: 1");
        assertEquals("Tomas Reyl", json.getString("data.quotesBetween.aAboutB[0].speaker.name"));
        assertEquals(1, json.getInt("data.quotesBetween.bAboutACount"));
        assertEquals("Petra Valmont", json.getString("data.quotesBetween.bAboutA[0].speaker.name"));
        assertNull(data(
                        "query($a: ID!) { quotesBetween(a: $a, b: \"person:no-such-person\") { aAboutBCount } }",
                        vars("a", reyl))
                .get("data.quotesBetween"));
    }

    @Test
    void whoIsQuotedAboutAnEntityByMonthAndHowOften() {
        JsonPath json = data(
                "query($id: ID!) { speakersByMonth(aboutId: $id) { month speaker { id name } quotes } }",
                vars("id", valmont));
        List<Map<String, Object>> rows = json.getList("data.speakersByMonth");
        assertEquals(
                List.of("2025-04", "2025-03"),
                rows.stream().map(r -> r.get("month")).toList(),
                json.prettify());
        assertTrue(rows.stream()
                .allMatch(r -> ((Map<?, ?>) r.get("speaker")).get("name").equals("Tomas Reyl")));
        JsonPath months = data(
                "query($id: ID!) { quotesPerMonth(aboutId: $id, published: {from: \"2025-04-01T00:00:00Z\"}) { month quotes } }",
                vars("id", valmont));
        assertEquals(List.of(Map.of("month", "2025-04", "quotes", 1)), months.getList("data.quotesPerMonth"));
    }

    @Test
    void whoAppearsWithWhom() {
        List<Map<String, Object>> rows = data(
                        "query($id: ID!) { coOccurring(id: $id) { entity { id name } articles } }", vars("id", reyl))
                .getList("data.coOccurring");
        Map<String, Object> valmontRow = rows.stream()
                .filter(r -> ((Map<?, ?>) r.get("entity")).get("id").equals(valmont))
                .findFirst()
                .orElseThrow(() -> new AssertionError(rows.toString()));
        assertEquals(2, valmontRow.get("articles"));
        assertTrue(
                rows.stream()
                        .noneMatch(r -> ((Map<?, ?>) r.get("entity")).get("id").equals(reyl)),
                "not with itself");
    }

    @Test
    void mostCitedUnnamedSourcesOfAPublisher() {
        JsonPath json = data(
                "query($p: ID!) { unnamedSources(publisherId: $p) { publisher { id } source quotes } }",
                vars("p", publisher));
        assertEquals(
                List.of(Map.of("publisher", Map.of("id", publisher), "source", "a senior canal official", "quotes", 2)),
                json.getList("data.unnamedSources"),
                json.prettify());
    }

    @Test
    void eachQuestionIsPlannedFromAnIndexNotALabelScan() {
        Map<String, Object> parameters =
                new java.util.HashMap<>(Map.of("a", "x", "b", "y", "id", "x", "first", 10, "retracted", "RETRACTED"));
        parameters.put("from", null);
        parameters.put("to", null);
        parameters.put("publisherId", null);
        for (String question :
                List.of("between", "speakers-by-month", "per-month", "co-occurrence", "unnamed-sources")) {
            String plan = driver.session()
                    .run("EXPLAIN " + CypherFile.load("read/questions/" + question), parameters)
                    .consume()
                    .plan()
                    .toString();
            assertFalse(plan.contains("NodeByLabelScan") || plan.contains("AllNodesScan"), question + ": " + plan);
        }
    }

    @Test
    void argumentsAreChecked() {
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "query($a: ID!) { quotesBetween(a: $a, b: $a, first: 0) { aAboutBCount } }", vars("a", reyl)));
        assertEquals("BAD_INPUT", errorCode("{ coOccurring(id: \"\") { articles } }", Map.of()));
        assertEquals("BAD_INPUT", errorCode("{ coOccurring(id: \"article:1\") { articles } }", Map.of()));
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "query($id: ID!) { quotesPerMonth(aboutId: $id, published: {from: \"2025-05-01T00:00:00Z\","
                                + " to: \"2025-04-01T00:00:00Z\"}) { month } }",
                        vars("id", valmont)));
        assertEquals("BAD_INPUT", errorCode("{ unnamedSources(first: 101) { quotes } }", Map.of()));
    }
}
