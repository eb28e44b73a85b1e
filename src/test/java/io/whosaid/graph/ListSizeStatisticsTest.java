package io.whosaid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.graph.migrations.MigrationRunner;
import io.whosaid.support.GraphChecks;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * The cost statistics read the lengths stored beside the texts, never the texts: written with each article, comment
 * and quote, backfilled by migration V0010 for what was stored before, and read from their indexes.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ListSizeStatisticsTest {

    private static final String INGEST = "mutation($text: String!, $url: String) {"
            + " ingestArticle(input: {text: $text, url: $url}) { article { id } } }";
    private static final Pattern TEXT_PROPERTY = Pattern.compile("\\.(text|sentence)\\b");

    @Inject
    ListSizeStatistics statistics;

    @Inject
    Driver driver;

    @Test
    void anIngestStoresTheLengthOfEachText() {
        String run = Long.toString(System.nanoTime());
        String text = "Lengths Are Kept " + run
                + "\n\nHarbour news\n\nThe ferry will leave at six from May, Marisol Teague said"
                + " on Monday. \u201cNobody asked the people on the harbour,\u201d Teague said.\n\nSource: Length Courier\n";
        String id = GraphQL.data(INGEST, GraphQL.vars("text", text, "url", "https://example.org/lengths/" + run))
                .getString("data.ingestArticle.article.id");
        Map<String, Object> id1 = Map.of("id", id);
        assertEquals(
                0,
                GraphChecks.single(
                        driver,
                        "MATCH (a:Article {id: $id}) WHERE a.textLength IS NULL"
                                + " OR a.textLength <> size(a.text) RETURN count(a)",
                        id1));
        assertTrue(GraphChecks.single(driver, "MATCH (:Article {id: $id})<-[:QUOTED_IN]-(q:Quote) RETURN count(q)", id1)
                > 0);
        assertEquals(
                0,
                GraphChecks.single(
                        driver,
                        "MATCH (:Article {id: $id})<-[:QUOTED_IN]-(q:Quote)"
                                + " WHERE q.textLength <> size(q.text) OR q.sentenceLength <> size(q.sentence) RETURN count(q)",
                        id1));

        // the figures are the longest lengths the graph holds, as the texts themselves say
        ListSizeStatistics.Sizes sizes = statistics.refresh();
        assertEquals(
                GraphChecks.single(driver, "MATCH (a:Article) RETURN max(size(a.text))", Map.of()),
                sizes.text("articleText").longestFirst()[0]);
        assertEquals(
                GraphChecks.single(driver, "MATCH (q:Quote) RETURN max(size(q.sentence))", Map.of()),
                sizes.text("sentenceText").longestFirst()[0]);
    }

    @Test
    void theMigrationStoresTheLengthsOfTextsStoredWithout() {
        String id = "article:lengths-legacy-" + System.nanoTime();
        driver.executableQuery("CREATE (:Article {id: $id, text: 'Written before lengths were kept.'})")
                .withParameters(Map.of("id", id))
                .execute();
        driver.executableQuery("MATCH (m:__Migration {version: '0010'}) DELETE m")
                .execute();
        new MigrationRunner(driver).migrate();
        assertEquals(
                33, GraphChecks.single(driver, "MATCH (a:Article {id: $id}) RETURN a.textLength", Map.of("id", id)));
        driver.executableQuery("MATCH (a:Article {id: $id}) DELETE a")
                .withParameters(Map.of("id", id))
                .execute();
    }

    @Test
    void theStatisticsQueryNeverReadsATextAndSeeksTheLengthIndexes() {
        ProfiledPlan plan;
        try (Session session = driver.session()) {
            plan = session.run(
                            "PROFILE " + CypherFile.load("stats/list-sizes"),
                            Map.of("texts", ListSizeStatistics.LONGEST_TEXTS))
                    .consume()
                    .profile();
        }
        List<ProfiledPlan> operators = new ArrayList<>();
        collect(plan, operators);
        for (ProfiledPlan operator : operators) {
            String details = String.valueOf(operator.arguments().get("Details"));
            assertFalse(TEXT_PROPERTY.matcher(details).find(), operator.operatorType() + " reads a text: " + details);
        }
        for (String length : List.of(
                "a:Article(textLength)", "c:Comment(textLength)", "q:Quote(textLength)", "q:Quote(sentenceLength)")) {
            assertTrue(
                    operators.stream()
                            .anyMatch(o -> o.operatorType().startsWith("NodeIndexScan")
                                    && String.valueOf(o.arguments().get("Details"))
                                            .contains(length)),
                    length + " read from its index");
        }
    }

    private static void collect(ProfiledPlan plan, List<ProfiledPlan> into) {
        into.add(plan);
        plan.children().forEach(child -> collect(child, into));
    }
}
