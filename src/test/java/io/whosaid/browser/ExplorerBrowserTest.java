package io.whosaid.browser;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.Browser;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The explorer as a person uses it, in headless Chromium, on the sample articles and the seed: search, an entity's
 * page with its graph, a double click that expands the graph, a path, an article with its quotes highlighted, a
 * phone-sized window. Every page is saved under target/screenshots/.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ExplorerBrowserTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL root;

    String seedId;

    @BeforeEach
    void ingest() throws IOException {
        for (String name : resource("samples/samples.list").split("\n")) {
            if (!name.isBlank()) {
                ingestText(resource("samples/" + name.strip()));
            }
        }
        seedId = ingestText(Seed.text());
    }

    private static String ingestText(String text) {
        return data("mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }", vars("t", text))
                .getString("data.ingestArticle.article.id");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExplorerBrowserTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String url(String path) throws Exception {
        return root.toURI().resolve(path).toString();
    }

    private static void waitRendered(Browser browser) {
        browser.waitFor(WAIT, d -> Boolean.TRUE.equals(browser.script("return !!(window.whosaid && window.whosaid.ready)")));
    }

    private static long drawnNodes(Browser browser) {
        return (Long) browser.script("return window.whosaid.cy ? window.whosaid.cy.nodes().length : -1");
    }

    /** The node ids of a neighbourhood as the API gives it: what the page must draw. */
    private static Set<String> neighborhoodIds(String id) {
        JsonPath json = data("query($id: ID!) { neighborhood(id: $id, hops: 1, limit: 200) { nodes { id } } }", vars("id", id));
        return new HashSet<>(json.getList("data.neighborhood.nodes.id", String.class));
    }

    @Test
    void searchEntityGraphExpandPathArticle() throws Exception {
        URI origin = root.toURI();
        JsonPath seed = data("query($id: ID!) { article(id: $id) { people { id name } quotes { id speaker { id } evidence { start end } } } }",
                vars("id", seedId));
        String lukyanov = data("{ people(name: \"Fyodor Lukyanov\") { edges { node { id } } } }")
                .getString("data.people.edges[0].node.id");
        try (Browser browser = new Browser()) {
            browser.open(url("/"));
            waitRendered(browser);
            browser.waitFor(WAIT, d -> d.findElement(By.tagName("h1")).getText().contains("Who said what"));
            browser.screenshot("explorer-home");

            // Search as you type, then choose the person with the keyboard.
            WebElement search = browser.driver().findElement(By.id("search-input"));
            search.sendKeys("Lukyanov");
            browser.waitFor(WAIT, d -> !d.findElements(By.cssSelector("#search-results a[href='/person/" + lukyanov + "']")).isEmpty());
            browser.screenshot("explorer-search");
            List<WebElement> hits = browser.driver().findElements(By.cssSelector("#search-results a"));
            int index = 0;
            while (!hits.get(index).getAttribute("href").endsWith("/person/" + lukyanov)) {
                index++;
            }
            search.sendKeys(Keys.ARROW_DOWN);
            for (int i = 0; i < index; i++) {
                browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            }
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);

            // The entity's page: its quotes and its neighbourhood, drawn with as many nodes as the API gives.
            browser.waitFor(WAIT, d -> d.getCurrentUrl().endsWith("/person/" + lukyanov));
            waitRendered(browser);
            assertEquals("Fyodor Lukyanov", browser.driver().findElement(By.tagName("h1")).getText());
            assertFalse(browser.driver().findElements(By.cssSelector("li.quote blockquote")).isEmpty());
            Set<String> around = neighborhoodIds(lukyanov);
            assertTrue(around.size() > 1, around.toString());
            assertEquals(around.size(), drawnNodes(browser));
            browser.screenshot("explorer-person");

            // A double click on a drawn article node adds that article's neighbourhood.
            Map<String, Object> target = articleNodeOnScreen(browser);
            Set<String> expanded = new HashSet<>(around);
            expanded.addAll(neighborhoodIds((String) target.get("id")));
            assertTrue(expanded.size() > around.size(), "expanding " + target + " adds nothing");
            WebElement graph = browser.driver().findElement(By.id("graph"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", graph);
            int x = ((Number) target.get("x")).intValue() - graph.getSize().getWidth() / 2;
            int y = ((Number) target.get("y")).intValue() - graph.getSize().getHeight() / 2;
            new Actions(browser.driver()).moveToElement(graph, x, y).doubleClick().perform();
            try {
                browser.waitFor(WAIT, d -> drawnNodes(browser) == expanded.size());
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("explorer-expand-failed");
                throw new AssertionError("after a double click on " + target + " at " + browser.driver().getCurrentUrl()
                        + ": " + drawnNodes(browser) + " nodes drawn, " + expanded.size() + " expected", e);
            }
            browser.screenshot("explorer-expanded");

            // A path to another person of the seed, opened from its address, one line per edge.
            String other = seed.getList("data.article.people.id", String.class).stream()
                    .filter(id -> !id.equals(lukyanov)).findFirst().orElseThrow();
            int steps = data("query($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { edges { id } } }", vars("a", lukyanov, "b", other))
                    .getList("data.path.edges").size();
            browser.open(url("/path?from=" + enc(lukyanov) + "&to=" + enc(other)));
            waitRendered(browser);
            browser.waitFor(WAIT, d -> d.findElements(By.cssSelector("ol.steps li")).size() == steps);
            assertEquals(steps, browser.driver().findElements(By.cssSelector("ol.steps li")).size());
            assertEquals(steps + 1, drawnNodes(browser));
            browser.screenshot("explorer-path");

            // The seed's page, opened fresh: each quote (spans that do not overlap) highlighted and linked to its speaker.
            browser.open(url("/article/" + enc(seedId)));
            waitRendered(browser);
            List<Map<String, Object>> quotes = seed.getList("data.article.quotes");
            List<WebElement> marks = browser.driver().findElements(By.cssSelector("mark.quote-mark"));
            assertEquals(nonOverlapping(quotes), marks.size());
            for (Map<String, Object> quote : quotes) {
                List<WebElement> mark = browser.driver().findElements(By.id("q-" + quote.get("id")));
                Map<?, ?> speaker = (Map<?, ?>) quote.get("speaker");
                if (!mark.isEmpty() && speaker != null) {
                    assertTrue(mark.get(0).findElement(By.tagName("a")).getAttribute("href").endsWith("/" + speaker.get("id")));
                }
            }
            assertFalse(browser.driver().findElements(By.cssSelector(".body a.name")).isEmpty(), "no name is marked");
            browser.screenshot("explorer-article");

            // A phone: nothing wider than the screen.
            browser.windowSize(390, 844);
            browser.open(url("/person/" + enc(lukyanov)));
            waitRendered(browser);
            assertNoSidewaysScroll(browser);
            browser.screenshot("explorer-person-phone");
            browser.open(url("/article/" + enc(seedId)));
            waitRendered(browser);
            assertNoSidewaysScroll(browser);
            browser.screenshot("explorer-article-phone");

            assertEquals(List.of(), browser.consoleErrors());
            assertEquals(List.of(), browser.requestsOutside(origin));
        }
    }

    /** A drawn Article node inside the graph's box, with its position there. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> articleNodeOnScreen(Browser browser) {
        return (Map<String, Object>) browser.script("""
                const cy = window.whosaid.cy;
                cy.fit(undefined, 30);
                const node = cy.nodes('[type = "Article"]')[0];
                const p = node.renderedPosition();
                return {id: node.id(), x: p.x, y: p.y};""");
    }

    private static int nonOverlapping(List<Map<String, Object>> quotes) {
        List<int[]> spans = quotes.stream().map(q -> (Map<?, ?>) q.get("evidence"))
                .map(e -> new int[] {((Number) e.get("start")).intValue(), ((Number) e.get("end")).intValue()})
                .filter(s -> s[1] > s[0]).sorted((a, b) -> Integer.compare(a[0], b[0])).toList();
        int count = 0;
        int at = 0;
        for (int[] span : spans) {
            if (span[0] >= at) {
                count++;
                at = span[1];
            }
        }
        return count;
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        long scroll = (Long) browser.script("return document.documentElement.scrollWidth");
        long width = (Long) browser.script("return window.innerWidth");
        assertTrue(scroll <= width, "page is " + scroll + " px wide in a " + width + " px window");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
