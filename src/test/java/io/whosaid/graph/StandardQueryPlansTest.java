package io.whosaid.graph;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.ExploringStandardQueries;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Each standard query of issue 17 (filters, sorts, keyset pages, name filters, search, questions), as the service's
 * readers compose it, PROFILEd on the test's Neo4j: none may start from a label scan or a scan of all nodes where a
 * filter gives an index to seek. The plans are written to target/exploring-plans.md (kept in
 * cypher/queries/exploring/PLANS.md). The queries are {@link ExploringStandardQueries}'s (the bench tool ProfileExploringQueries runs them on the 100k-article graph).
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class StandardQueryPlansTest {

    @Inject
    Driver driver;

    @Test
    void noStandardQueryScansALabel() throws IOException {
        String unique = Long.toString(System.nanoTime(), 36);
        String articleId = data(
                        "mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }",
                        vars(
                                "t",
                                "Ferry Fares Frozen " + unique
                                        + "\n\nPublished: 2024-03-05\n\nThe ferry company froze fares on Monday, its"
                                        + " director, Ilse Varrow, said.\n\n“Fares stay where they are,” Varrow said of the Harbour Board.\n\n"
                                        + "“The board agrees,” a spokesperson who asked not to be named said.\n\nSource: Tallow Bay Courier\n"))
                .getString("data.ingestArticle.article.id");
        JsonPath article = data(
                "query($id: ID!) { article(id: $id) { publisher { id } quotes { edges { node { speaker { ... on Entity { id } } } } } } }",
                vars("id", articleId));
        String publisherId = article.getString("data.article.publisher.id");
        String speakerId = article.getString("data.article.quotes.edges[0].node.speaker.id");

        Map<String, ExploringStandardQueries.Profile> profiles = ExploringStandardQueries.profile(
                driver,
                new ExploringStandardQueries.Anchors(
                        articleId,
                        speakerId,
                        publisherId,
                        "varr",
                        "courier",
                        "ilse varrow",
                        "fares",
                        "Varr",
                        "ferry company"));

        StringBuilder text = new StringBuilder();
        profiles.forEach((name, profile) -> text.append("## ")
                .append(name)
                .append("\n\n```\n")
                .append(profile.plan())
                .append("```\n\n"));
        Path written = Path.of("target/exploring-plans.md");
        Files.createDirectories(written.getParent());
        Files.writeString(written, text.toString());
        List<String> scanning = new ArrayList<>();
        profiles.forEach((name, profile) -> {
            if (profile.scans()) {
                scanning.add(name);
            }
            assertNull(profile.error(), name + " did not run to its end");
        });
        assertEquals(23, profiles.size(), "one plan per standard query: " + profiles.keySet());
        assertEquals(List.of(), scanning, "label or all-nodes scans (plans in " + written + ")");
        // The totals of broad filters read relationship counts, not the quotes or articles they count.
        for (String degrees : List.of("quotes of a publisher", "quotes in a date range", "articles of a publisher")) {
            assertTrue(
                    profiles.get(degrees).plan().contains("getDegree"),
                    degrees + " counts from degrees (plans in " + written + ")");
        }
    }
}
