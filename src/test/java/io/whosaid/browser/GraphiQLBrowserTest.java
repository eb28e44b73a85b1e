package io.whosaid.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.support.Browser;
import io.whosaid.support.KnownGraph;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** GraphiQL at /q/graphql-ui in a real browser: the schema's documentation shows and a query's answer appears. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class GraphiQLBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    ArticleWriter writer;

    @Test
    void graphiqlShowsTheSchemaAndRunsAQuery() throws Exception {
        KnownGraph.write(writer);
        URI origin = root.toURI();
        String query = "{ chair: people(name: \"Mara Quell\") { edges { node { name } } } "
                + "director: people(name: \"Ivo Brenn\") { edges { node { name } } } }";
        try (Browser browser = new Browser()) {
            String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
            browser.open(origin.resolve("/q/graphql-ui/?query=" + encoded).toString());
            Duration wait = Duration.ofSeconds(30);
            browser.waitFor(
                    wait,
                    d -> d.findElements(By.cssSelector(".graphiql-execute-button"))
                                    .size()
                            == 1);

            // The documentation explorer reads the schema by introspection: its root type lists our queries.
            browser.driver()
                    .findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']"))
                    .click();
            browser.waitFor(
                    wait,
                    d -> !d.findElements(By.cssSelector(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name"))
                            .isEmpty());
            browser.driver()
                    .findElement(By.cssSelector(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name"))
                    .click();
            browser.waitFor(
                    wait,
                    d -> d.findElement(By.cssSelector(".graphiql-doc-explorer"))
                            .getText()
                            .contains("neighborhood"));
            String docs = browser.driver()
                    .findElement(By.cssSelector(".graphiql-doc-explorer"))
                    .getText();
            assertTrue(docs.contains("people") && docs.contains("search"), docs);

            browser.driver()
                    .findElement(By.cssSelector(".graphiql-execute-button"))
                    .click();
            WebElement response = browser.waitFor(wait, d -> {
                WebElement pane = d.findElement(By.cssSelector(".graphiql-response"));
                return pane.getText().contains("Mara Quell") ? pane : null;
            });
            assertTrue(response.getText().contains("Ivo Brenn"), response.getText());
            browser.screenshot("graphiql");

            assertEquals(List.of(), browser.consoleErrors());
            // Its stylesheets and scripts come from the service (the log does see them), nothing from elsewhere.
            assertTrue(
                    browser.requestedUrls().stream().anyMatch(url -> url.endsWith("/q/graphql-ui/graphiql.min.css")),
                    browser.requestedUrls().toString());
            assertEquals(List.of(), browser.requestsOutside(origin));
        }
    }
}
