package io.whosaid.browser;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.Browser;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.ReviewArticles;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The editing controls of the explorer for the mutations of issue 15's second round, driven in headless Chromium
 * against the service and a real Neo4j: an entity's type and affiliations, an article's date, publisher, url and
 * deletion, the probable duplicates (merge or reject), and the review queue's page with the controls that fix each
 * item. Each action is checked through the API afterwards, each refusal shows its error code on the page, and every
 * page is saved under target/screenshots/.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class EditingPagesBrowserTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL root;

    private String url(String path) throws Exception {
        return root.toURI().resolve(path).toString();
    }

    private static void waitRendered(Browser browser) {
        browser.waitFor(
                WAIT, d -> Boolean.TRUE.equals(browser.script("return !!(window.whosaid && window.whosaid.ready)")));
    }

    /** Opens a page with an API key in the tab, as the key field leaves it (ExplorerBrowserTest types it there). */
    private void openWithKey(Browser browser, String path, String key) throws Exception {
        browser.open(url("/"));
        waitRendered(browser);
        browser.script("sessionStorage.setItem('whosaid.editorKey', arguments[0])", key);
        browser.open(url(path));
        waitRendered(browser);
    }

    /** Types a name into a picker and chooses the suggestion for this id (typing again while the index catches up). */
    private static void pick(Browser browser, WebElement input, String name, String id) {
        input.clear();
        input.sendKeys(name);
        By suggestion = By.cssSelector(".search-results button[data-id='" + id + "']");
        WebElement pick = input.findElement(By.xpath("ancestor::*[contains(@class,'pick')][1]"));
        for (int attempt = 0; ; attempt++) {
            try {
                browser.waitFor(
                        Duration.ofSeconds(5),
                        d -> !pick.findElements(suggestion).isEmpty());
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 5) {
                    throw new AssertionError("no suggestion " + id + " for " + name, e);
                }
                input.sendKeys(Keys.BACK_SPACE);
                input.sendKeys(name.substring(name.length() - 1));
            }
        }
        pick.findElement(suggestion).click();
        assertEquals(id, input.getAttribute("data-id"));
    }

    /** Waits for the page shown again after an edit, with its outcome line saying this. */
    private static void waitDone(Browser browser, String outcome) {
        try {
            browser.waitFor(
                    WAIT,
                    d -> d.findElements(By.cssSelector(".edit-status.done")).stream()
                            .anyMatch(e -> e.getText().startsWith(outcome)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no outcome " + outcome + " on " + browser.driver().getCurrentUrl() + ": "
                            + browser.driver().findElements(By.cssSelector(".edit-status")).stream()
                                    .map(WebElement::getText)
                                    .toList(),
                    e);
        }
        waitRendered(browser);
    }

    /** The refusal an edit got, as the page shows it where it was asked for. */
    private static String refusal(Browser browser, String scope) {
        return browser.waitFor(
                        WAIT,
                        d -> d.findElements(By.cssSelector(scope + " .edit-status .error")).stream()
                                .findFirst()
                                .orElse(null))
                .getText();
    }

    /** The element on this list page or, following its "Next" links, on a later one. */
    private static WebElement onSomePage(Browser browser, String css) {
        for (int page = 0; page < 20; page++) {
            List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> next = browser.driver().findElements(By.cssSelector("a.next-page"));
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
            waitRendered(browser);
        }
        throw new AssertionError(
                "nothing matches " + css + " on any page of " + browser.driver().getCurrentUrl());
    }

    /** Opens a details element (a quote's controls) and brings it into view. */
    private static WebElement openDetails(Browser browser, String css) {
        WebElement details = browser.driver().findElement(By.cssSelector(css));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", details);
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return details;
    }

    private static JsonPath node(String id, String fields) {
        return data("query($id: ID!) { node(id: $id) { __typename " + fields + " } }", vars("id", id));
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        long scroll = (Long) browser.script("return document.documentElement.scrollWidth");
        long width = (Long) browser.script("return window.innerWidth");
        assertTrue(scroll <= width, "page is " + scroll + " px wide in a " + width + " px window");
    }

    @Test
    void anEntitysAffiliationsAndTypeAreEditedOnItsPage() throws Exception {
        ReviewArticles r = new ReviewArticles();
        String dorotea = ReviewArticles.entityId(r.dorotea);
        String trust = ReviewArticles.entityId(r.trust);
        String watch = ReviewArticles.entityId(r.watch);
        String augustin = ReviewArticles.entityId(r.augustin);
        String affiliations = "... on Person { affiliations { role organization { id } } }";
        try (Browser browser = new Browser()) {
            openWithKey(browser, "/person/" + dorotea, GraphQL.EDITOR_KEY);
            WebDriver d = browser.driver();
            WebElement role = d.findElement(
                    By.cssSelector("form[data-edit=setRole][data-organization='" + trust + "'] input[name=role]"));
            assertEquals("chair", role.getAttribute("value"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", role);
            browser.screenshot("editing-entity-affiliations");

            // Correct the role; the same role again is refused, with its code.
            role.clear();
            role.sendKeys("treasurer", Keys.ENTER);
            waitDone(browser, "Role set.");
            assertEquals(
                    List.of(Map.of("role", "treasurer", "organization", Map.of("id", trust))),
                    node(dorotea, affiliations).getList("data.node.affiliations"));
            d.findElement(By.cssSelector(
                            "form[data-edit=setRole][data-organization='" + trust + "'] button[type=submit]"))
                    .click();
            String refused = refusal(browser, ".edit-panel");
            assertTrue(refused.startsWith("BAD_INPUT: "), refused);
            browser.screenshot("editing-entity-refused");

            // Remove it, then add one with another organization, picked by search.
            d.findElement(By.cssSelector("button[data-edit=removeAffiliation][data-organization='" + trust + "']"))
                    .click();
            waitDone(browser, "Affiliation removed.");
            assertEquals(List.of(), node(dorotea, affiliations).getList("data.node.affiliations"));
            pick(browser, d.findElement(By.id("edit-affiliation")), r.watch, watch);
            d.findElement(By.id("edit-affiliation-role")).sendKeys("adviser");
            d.findElement(By.cssSelector("form[data-edit=addAffiliation] button[type=submit]"))
                    .click();
            waitDone(browser, "Affiliation added.");
            assertEquals(
                    List.of(Map.of("role", "adviser", "organization", Map.of("id", watch))),
                    node(dorotea, affiliations).getList("data.node.affiliations"));
            assertFalse(d.findElements(By.cssSelector("form[data-edit=setRole][data-organization='" + watch + "']"))
                    .isEmpty());

            // A person who is an organization: the page follows the entity to its new address.
            browser.open(url("/person/" + augustin));
            waitRendered(browser);
            new Select(d.findElement(By.id("edit-type"))).selectByValue("ORGANIZATION");
            d.findElement(By.cssSelector("form[data-edit=changeType] button[type=submit]"))
                    .click();
            browser.waitFor(WAIT, x -> x.getCurrentUrl().contains("/organization/"));
            waitDone(browser, "Type changed.");
            String now = URI.create(d.getCurrentUrl()).getPath().substring("/organization/".length());
            assertEquals("Organization", node(now, "").getString("data.node.__typename"));
            assertNull(node(augustin, "").get("data.node"));
            assertEquals(r.augustin, d.findElement(By.tagName("h1")).getText());
            browser.screenshot("editing-entity-retyped");

            // Not an entity at all: removed, the explorer goes to its start page, whose Undo brings it back.
            browser.open(url("/organization/" + watch));
            waitRendered(browser);
            new Select(d.findElement(By.id("edit-type"))).selectByValue("NOT_AN_ENTITY");
            d.findElement(By.cssSelector("form[data-edit=changeType] button[type=submit]"))
                    .click();
            browser.waitFor(WAIT, x -> URI.create(x.getCurrentUrl()).getPath().equals("/"));
            waitDone(browser, "Type changed.");
            assertNull(node(watch, "").get("data.node"));
            browser.screenshot("editing-entity-removed");
            d.findElement(By.cssSelector(".edit-status.done button[data-edit=undo]"))
                    .click();
            browser.waitFor(
                    WAIT,
                    x -> x.findElements(By.cssSelector(".edit-status.done")).stream()
                            .anyMatch(e -> e.getText().startsWith("Edit undone.")));
            assertEquals("Organization", node(watch, "").getString("data.node.__typename"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void anArticlesDatePublisherAndUrlAreSetAndItIsDeletedAndRestored() throws Exception {
        ReviewArticles r = new ReviewArticles();
        String taken = "https://example.org/" + r.surname.toLowerCase() + "/first";
        data("mutation($id: ID!, $u: String) { setArticle(id: $id, url: $u) { id } }", vars("id", r.first, "u", taken));
        try (Browser browser = new Browser()) {
            openWithKey(browser, "/article/" + r.second, GraphQL.EDITOR_KEY);
            WebDriver d = browser.driver();
            WebElement form = d.findElement(By.cssSelector("form[data-edit=setArticle]"));
            WebElement date = form.findElement(By.name("publishedAt"));
            date.clear();
            date.sendKeys("2026-11-30");
            WebElement publisher = form.findElement(By.name("publisher"));
            publisher.clear();
            publisher.sendKeys(r.place + " Post");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waitDone(browser, "Article saved.");
            JsonPath saved = data(
                    "query($id: ID!) { article(id: $id) { publishedAt publisher { name } url } }",
                    vars("id", r.second));
            assertTrue(saved.getString("data.article.publishedAt").startsWith("2026-11-30"), saved.prettify());
            assertEquals(r.place + " Post", saved.getString("data.article.publisher.name"));
            assertEquals(
                    r.place + " Post",
                    d.findElement(By.cssSelector(".article .kind a")).getAttribute("textContent"));

            // A url another article has is refused, and nothing changes.
            WebElement address = d.findElement(By.cssSelector("form[data-edit=setArticle] input[name=url]"));
            address.clear();
            address.sendKeys(taken, Keys.ENTER);
            String refused = refusal(browser, ".edit-panel");
            assertTrue(refused.startsWith("URL_IN_USE: "), refused);
            assertNull(data("query($id: ID!) { article(id: $id) { url } }", vars("id", r.second))
                    .get("data.article.url"));
            browser.script("document.querySelector('.edit-panel').scrollIntoView()");
            browser.screenshot("editing-article");

            // A quote's subjects (added by search, removed) and an unnamed source, from its controls.
            String trust = ReviewArticles.entityId(r.trust);
            String quote = data(
                            "query($id: ID!) { article(id: $id) { quotes { edges { node { id text } } } } }",
                            vars("id", r.second))
                    .<Map<String, Object>>getList("data.article.quotes.edges.node")
                    .stream()
                    .filter(q -> "The books balance".equals(q.get("text")))
                    .findFirst()
                    .orElseThrow()
                    .get("id")
                    .toString();
            String quoteControls = "details.quote-edit[data-id='" + quote + "']";
            WebElement controls = openDetails(browser, quoteControls);
            pick(browser, controls.findElement(By.cssSelector("form[data-edit=subjects] .row input")), r.trust, trust);
            controls.findElement(By.cssSelector("form[data-edit=subjects] button[type=submit]"))
                    .click();
            waitDone(browser, "Subject added.");
            String aboutQuery = "query($id: ID!) { quote(id: $id) { about { id } unnamedSource speaker { id } } }";
            assertEquals(List.of(trust), data(aboutQuery, vars("id", quote)).getList("data.quote.about.id"));
            openDetails(browser, quoteControls)
                    .findElement(By.cssSelector("button[data-edit=removeSubject][data-subject='" + trust + "']"))
                    .click();
            waitDone(browser, "Subject removed.");
            assertEquals(List.of(), data(aboutQuery, vars("id", quote)).getList("data.quote.about.id"));
            WebElement source =
                    openDetails(browser, quoteControls).findElement(By.cssSelector("form[data-edit=unnamed] input"));
            source.clear();
            source.sendKeys("a board member", Keys.ENTER);
            waitDone(browser, "Unnamed source set.");
            JsonPath sourced = data(aboutQuery, vars("id", quote));
            assertEquals("a board member", sourced.getString("data.quote.unnamedSource"));
            assertNull(sourced.get("data.quote.speaker"));
            openDetails(browser, quoteControls);
            browser.screenshot("editing-quote");

            // Deleted: the explorer goes to its start page; Undo there brings the article back whole.
            int quotes = data(
                            "query($id: ID!) { article(id: $id) { quotes { edges { node { id } } } } }",
                            vars("id", r.second))
                    .getList("data.article.quotes.edges.node")
                    .size();
            openDetails(browser, "details.danger")
                    .findElement(By.cssSelector("button[data-edit=deleteArticle]"))
                    .click();
            browser.waitFor(WAIT, x -> URI.create(x.getCurrentUrl()).getPath().equals("/"));
            waitDone(browser, "Article deleted.");
            assertNull(data("query($id: ID!) { article(id: $id) { id } }", vars("id", r.second))
                    .get("data.article"));
            browser.screenshot("editing-article-deleted");
            d.findElement(By.cssSelector(".edit-status.done button[data-edit=undo]"))
                    .click();
            browser.waitFor(
                    WAIT,
                    x -> x.findElements(By.cssSelector(".edit-status.done")).stream()
                            .anyMatch(e -> e.getText().startsWith("Edit undone.")));
            assertEquals(
                    quotes,
                    data(
                                    "query($id: ID!) { article(id: $id) { quotes { edges { node { id } } } } }",
                                    vars("id", r.second))
                            .getList("data.article.quotes.edges.node")
                            .size());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void probableDuplicatesAreRejectedOrMergedOnTheirPage() throws Exception {
        ReviewArticles r = new ReviewArticles();
        String dorotea = ReviewArticles.entityId(r.dorotea);
        String dora = ReviewArticles.entityId(r.dora);
        String pair = dorotea.compareTo(dora) < 0 ? dorotea + " " + dora : dora + " " + dorotea;
        String candidate = "li.candidate[data-ids='" + pair + "']";
        try (Browser browser = new Browser()) {
            browser.open(url("/duplicates"));
            waitRendered(browser);
            assertTrue(browser.driver()
                    .findElement(By.cssSelector(".duplicates-page"))
                    .getText()
                    .contains("needs an editor key"));

            openWithKey(browser, "/duplicates", GraphQL.READER_KEY);
            assertTrue(browser.driver()
                    .findElement(By.cssSelector(".duplicates-page .error"))
                    .getText()
                    .startsWith("FORBIDDEN: "));

            openWithKey(browser, "/duplicates", GraphQL.EDITOR_KEY);
            WebElement item = onSomePage(browser, candidate);
            assertTrue(item.getText().contains("same surname and first initial"), item.getText());
            browser.script("arguments[0].scrollIntoView({block: 'center'})", item);
            browser.screenshot("editing-duplicates");
            item.findElement(By.cssSelector("button[data-edit=rejectDuplicate]"))
                    .click();
            waitDone(browser, "Marked as not the same");
            assertTrue(browser.driver().findElements(By.cssSelector(candidate)).isEmpty());
            assertFalse(candidatePairs().contains(pair));

            // Undo the rejection, then say they are one: the merge keeps the name chosen.
            browser.driver()
                    .findElement(By.cssSelector(".edit-status.done button[data-edit=undo]"))
                    .click();
            browser.waitFor(
                    WAIT,
                    x -> x.findElements(By.cssSelector(".edit-status.done")).stream()
                            .anyMatch(e -> e.getText().startsWith("Edit undone.")));
            waitRendered(browser);
            assertTrue(candidatePairs().contains(pair));
            browser.open(url("/duplicates"));
            waitRendered(browser);
            onSomePage(browser, candidate)
                    .findElement(By.cssSelector("button[data-edit=mergePair][data-into='" + dorotea + "']"))
                    .click();
            waitDone(browser, "Merged.");
            assertNull(node(dora, "").get("data.node"));
            assertTrue(node(dorotea, "... on Person { aliases }")
                    .getList("data.node.aliases")
                    .contains(r.dora));

            browser.windowSize(390, 844);
            browser.open(url("/duplicates"));
            waitRendered(browser);
            assertNoSidewaysScroll(browser);
            browser.screenshot("editing-duplicates-phone");
            // The reader's refusal above is a GraphQL error in a 200 answer: nothing for the console.
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** The pairs duplicateCandidates suggests now, as "id1 id2". */
    private static List<String> candidatePairs() {
        List<String> pairs = new java.util.ArrayList<>();
        String after = null;
        for (int page = 0; page < 50; page++) {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", after);
            JsonPath json = data(
                    "query($after: String) { duplicateCandidates(first: 100, after: $after) { "
                            + "edges { node { ids } } pageInfo { hasNextPage endCursor } } }",
                    variables);
            for (List<String> ids : json.<List<String>>getList("data.duplicateCandidates.edges.node.ids")) {
                pairs.add(String.join(" ", ids));
            }
            if (!json.getBoolean("data.duplicateCandidates.pageInfo.hasNextPage")) {
                break;
            }
            after = json.getString("data.duplicateCandidates.pageInfo.endCursor");
        }
        return pairs;
    }

    @Test
    void theReviewPageListsWhatToFixWithItsControls() throws Exception {
        ReviewArticles r = new ReviewArticles();
        String noSpeaker = (String) r.quote("Nobody will ride it at night").get("id");
        String unsure = (String) r.quote("It is a waste of money").get("id");
        String dorotea = ReviewArticles.entityId(r.dorotea);
        String trust = ReviewArticles.entityId(r.trust);
        String augustin = ReviewArticles.entityId(r.augustin);
        String watch = ReviewArticles.entityId(r.watch);
        try (Browser browser = new Browser()) {
            // Anyone may read the queue; the controls come with an editor's key.
            browser.open(url("/review?reason=NO_SPEAKER"));
            waitRendered(browser);
            WebElement item = onSomePage(browser, "li.review-item[data-id='" + noSpeaker + "']");
            assertTrue(item.getText().contains("no speaker"), item.getText());
            assertTrue(
                    browser.driver().findElements(By.cssSelector(".quote-edit")).isEmpty());
            browser.screenshot("review-anonymous");

            // No speaker: give it one, picked by search; it leaves the queue.
            openWithKey(browser, "/review?reason=NO_SPEAKER", GraphQL.EDITOR_KEY);
            item = onSomePage(browser, "li.review-item[data-id='" + noSpeaker + "']");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", item);
            browser.screenshot("review-no-speaker");
            pick(browser, item.findElement(By.cssSelector("form[data-edit=speaker] input")), r.dorotea, dorotea);
            item.findElement(By.cssSelector("form[data-edit=speaker] button[type=submit]"))
                    .click();
            waitDone(browser, "Speaker set.");
            assertTrue(browser.driver()
                    .findElements(By.cssSelector("li.review-item[data-id='" + noSpeaker + "']"))
                    .isEmpty());
            assertEquals(
                    dorotea,
                    data("query($id: ID!) { quote(id: $id) { speaker { id } } }", vars("id", noSpeaker))
                            .getString("data.quote.speaker.id"));

            // An unsure attribution, shown with its confidence: retracted.
            browser.open(url("/review?reason=LOW_CONFIDENCE"));
            waitRendered(browser);
            item = onSomePage(browser, "li.review-item[data-id='" + unsure + "']");
            assertTrue(item.findElement(By.cssSelector(".confidence")).getText().equals("70% sure"), item.getText());
            item.findElement(By.cssSelector("button[data-edit=retract]")).click();
            waitDone(browser, "Quote retracted");
            assertEquals(
                    "RETRACTED",
                    data("query($id: ID!) { quote(id: $id) { status } }", vars("id", unsure))
                            .getString("data.quote.status"));

            // Entities seen once: one is not an entity, the other is the trust under another name.
            browser.open(url("/review?reason=SEEN_ONCE"));
            waitRendered(browser);
            item = onSomePage(browser, "li.review-item[data-id='" + augustin + "']");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", item);
            browser.screenshot("review-seen-once");
            item.findElement(By.cssSelector("button[data-edit=changeType][data-type=NOT_AN_ENTITY]"))
                    .click();
            waitDone(browser, "Type changed.");
            assertTrue(
                    URI.create(browser.driver().getCurrentUrl()).getPath().equals("/review"), "the review page stays");
            assertNull(node(augustin, "").get("data.node"));
            item = onSomePage(browser, "li.review-item[data-id='" + watch + "']");
            pick(browser, item.findElement(By.cssSelector("form[data-edit=mergeInto] input")), r.trust, trust);
            item.findElement(By.cssSelector("form[data-edit=mergeInto] button[type=submit]"))
                    .click();
            waitDone(browser, "Merged.");
            assertNull(node(watch, "").get("data.node"));
            assertTrue(node(trust, "... on Organization { aliases }")
                    .getList("data.node.aliases")
                    .contains(r.watch));
            assertNotNull(browser.driver().findElement(By.cssSelector(".edit-status.done button[data-edit=undo]")));

            browser.windowSize(390, 844);
            browser.open(url("/review"));
            waitRendered(browser);
            assertNoSidewaysScroll(browser);
            browser.screenshot("review-phone");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
