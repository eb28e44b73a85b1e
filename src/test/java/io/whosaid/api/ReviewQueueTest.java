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
import io.whosaid.graph.review.ReviewQueue;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.ReviewArticles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The review queue (issue 15) against a real Neo4j: what the extractor left unsure is in it for the right reason,
 * ranked and paged by keyset without a gap or a repeat; what an editor fixes leaves it, and an undo brings it back.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ReviewQueueTest {

    static final String QUEUE = """
            query($reason: ReviewReason, $first: Int, $after: String) {
              reviewQueue(reason: $reason, first: $first, after: $after) { totalCount
                edges { cursor node { reason confidence node { __typename id
                  ... on Quote { text status speaker { id } article { publishedAt } }
                  ... on Entity { name } } } }
                pageInfo { hasNextPage endCursor } } }""";

    /** One item as the test reads it. */
    record Item(String reason, String id, String type, Double confidence, String published, String label) {}

    /** The whole queue for a reason (null: all), page by page, asserting that the pages join up with the count. */
    @SuppressWarnings("unchecked")
    static List<Item> all(String reason, int pageSize) {
        List<Item> items = new ArrayList<>();
        String after = null;
        Integer total = null;
        for (int pages = 0; pages < 1000; pages++) {
            Map<String, Object> variables = new HashMap<>(vars("reason", reason, "first", pageSize));
            variables.put("after", after);
            JsonPath json = data(QUEUE, variables);
            total = json.getInt("data.reviewQueue.totalCount");
            for (Map<String, Object> edge : json.<Map<String, Object>>getList("data.reviewQueue.edges")) {
                Map<String, Object> item = (Map<String, Object>) edge.get("node");
                Map<String, Object> node = (Map<String, Object>) item.get("node");
                Map<String, Object> article = (Map<String, Object>) node.get("article");
                items.add(new Item(
                        (String) item.get("reason"),
                        (String) node.get("id"),
                        (String) node.get("__typename"),
                        item.get("confidence") == null ? null : ((Number) item.get("confidence")).doubleValue(),
                        article == null ? null : (String) article.get("publishedAt"),
                        node.get("text") != null ? (String) node.get("text") : (String) node.get("name")));
            }
            if (!json.getBoolean("data.reviewQueue.pageInfo.hasNextPage")) {
                break;
            }
            after = json.getString("data.reviewQueue.pageInfo.endCursor");
        }
        assertEquals(total, items.size(), "totalCount is what the pages hold");
        assertEquals(items.size(), new HashSet<>(items.stream().map(Item::id).toList()).size(), "an item came twice");
        return items;
    }

    private static Set<String> ids(List<Item> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.id()));
        return ids;
    }

    @Test
    void whatTheExtractorLeftUnsureIsQueuedForItsReason() {
        ReviewArticles articles = new ReviewArticles();
        String noSpeaker =
                (String) articles.quote("Nobody will ride it at night").get("id");
        Map<String, Object> unsure = articles.quote("It is a waste of money");
        Map<String, Object> sure = articles.quote("We cannot wait another winter");
        assertTrue(((Number) unsure.get("confidence")).doubleValue() < ReviewQueue.LOW_CONFIDENCE, unsure.toString());
        String augustin = ReviewArticles.entityId(articles.augustin);
        String watch = ReviewArticles.entityId(articles.watch);
        String trust = ReviewArticles.entityId(articles.trust);

        String unnamedSource =
                (String) articles.quote("The timetable was never tested").get("id");
        List<Item> noSpeakers = all("NO_SPEAKER", 7);
        assertTrue(ids(noSpeakers).contains(noSpeaker));
        assertFalse(ids(noSpeakers).contains(unnamedSource), "a quote from an unnamed source has a source");
        assertTrue(noSpeakers.stream()
                .allMatch(i -> i.reason().equals("NO_SPEAKER") && i.type().equals("Quote")));
        List<Item> lowConfidence = all("LOW_CONFIDENCE", 7);
        Item low = lowConfidence.stream()
                .filter(i -> i.id().equals(unsure.get("id")))
                .findFirst()
                .orElseThrow();
        assertEquals(((Number) unsure.get("confidence")).doubleValue(), low.confidence(), 1e-9);
        assertFalse(ids(lowConfidence).contains((String) sure.get("id")), "a sure attribution is not queued");
        assertTrue(lowConfidence.stream().allMatch(i -> i.confidence() < ReviewQueue.LOW_CONFIDENCE));
        List<Item> seenOnce = all("SEEN_ONCE", 7);
        assertTrue(ids(seenOnce).containsAll(List.of(augustin, watch)), seenOnce.toString());
        assertFalse(ids(seenOnce).contains(trust), "the trust is named by both articles");
        assertTrue(seenOnce.stream()
                .allMatch(i -> i.confidence() == null && !i.type().equals("Quote")));

        // Everything at once: the three reasons in their order, each ranked as documented, and the same items.
        List<Item> everything = all(null, 13);
        assertEquals(noSpeakers.size() + lowConfidence.size() + seenOnce.size(), everything.size());
        List<String> reasons = List.of("NO_SPEAKER", "LOW_CONFIDENCE", "SEEN_ONCE");
        for (int i = 1; i < everything.size(); i++) {
            Item before = everything.get(i - 1);
            Item item = everything.get(i);
            int order = Integer.compare(reasons.indexOf(before.reason()), reasons.indexOf(item.reason()));
            assertTrue(order <= 0, "reasons out of order: " + before + " then " + item);
            if (order == 0 && item.reason().equals("LOW_CONFIDENCE")) {
                assertTrue(
                        before.confidence() <= item.confidence(),
                        "lowest confidence first: " + before + " then " + item);
            }
            if (order == 0
                    && item.reason().equals("NO_SPEAKER")
                    && before.published() != null
                    && item.published() != null) {
                assertTrue(
                        before.published().compareTo(item.published()) >= 0,
                        "newest first: " + before + " then " + item);
            }
        }

        // Any caller who may read may read it.
        JsonPath anonymous = GraphQL.postAs(null, "{ reviewQueue(first: 1) { edges { node { reason } } } }", Map.of())
                .then()
                .extract()
                .jsonPath();
        assertNull(anonymous.get("errors"), anonymous.prettify());
    }

    @Test
    void whatAnEditorFixedLeavesTheQueueAndAnUndoBringsItBack() {
        ReviewArticles articles = new ReviewArticles();
        String noSpeaker =
                (String) articles.quote("Nobody will ride it at night").get("id");
        String unsure = (String) articles.quote("It is a waste of money").get("id");
        String dorotea = ReviewArticles.entityId(articles.dorotea);
        String augustin = ReviewArticles.entityId(articles.augustin);
        String watch = ReviewArticles.entityId(articles.watch);

        data(
                "mutation($q: ID!, $s: ID) { setQuoteSpeaker(id: $q, speakerId: $s) { id } }",
                vars("q", noSpeaker, "s", dorotea));
        String confirm = data("mutation($q: ID!) { confirmQuote(id: $q) { id } }", vars("q", unsure))
                .getString("data.confirmQuote.id");
        data("mutation($id: ID!) { renameEntity(id: $id, name: \"Augustin Renamed\") { id } }", vars("id", augustin));
        data("mutation($id: ID!) { changeEntityType(id: $id, type: NOT_AN_ENTITY) { id } }", vars("id", watch));

        Set<String> queued = ids(all(null, 50));
        assertFalse(queued.contains(noSpeaker), "a quote given a speaker by hand");
        assertFalse(queued.contains(unsure), "a confirmed quote");
        assertFalse(queued.contains(augustin), "an entity an editor renamed");
        assertFalse(queued.contains(watch), "an entity removed as not one");

        data("mutation($id: ID!) { undoEdit(id: $id) { id } }", vars("id", confirm));
        assertTrue(ids(all("LOW_CONFIDENCE", 50)).contains(unsure), "the undone confirmation puts the quote back");
    }

    @Test
    void aConfirmedEntityLeavesTheQueueAsItIsAndTheUndoBringsItBack() {
        String article = data(
                        "mutation($t: String!, $u: String) { ingestArticle(input: {text: $t, url: $u}) { article { id } } }",
                        vars(
                                "t", """
                        Bell Tower Restored

                        The chimes return

                        “Every bell rings true again,” said Aldous Penwarden-Kite, the tower's bellwright.

                        Source: The Steeple Gazette
                        """,
                                "u", "https://review-test.example/confirm-entity"))
                .getString("data.ingestArticle.article.id");
        String bellwright = data(
                        "query($id: ID!) { article(id: $id) { people { edges { node { id name } } } } }",
                        vars("id", article))
                .getString("data.article.people.edges.node.find { it.name == 'Aldous Penwarden-Kite' }.id");
        String read = "query($id: ID!) { person(id: $id) { name aliases confirmed } }";
        assertFalse(data(read, vars("id", bellwright)).getBoolean("data.person.confirmed"));
        assertTrue(ids(all("SEEN_ONCE", 100)).contains(bellwright), "one article names the bellwright");

        String confirm =
                "mutation($id: ID!) { confirmEntity(id: $id, reason: \"checked the parish records\") { id kind subjects } }";
        JsonPath confirmed = data(confirm, vars("id", bellwright));
        assertEquals("CONFIRM_ENTITY", confirmed.getString("data.confirmEntity.kind"));
        JsonPath person = data(read, vars("id", bellwright));
        assertTrue(person.getBoolean("data.person.confirmed"));
        assertEquals("Aldous Penwarden-Kite", person.getString("data.person.name"), "confirmed as it is");
        assertTrue(
                data("query($id: ID!) { node(id: $id) { ... on Entity { confirmed } } }", vars("id", bellwright))
                        .getBoolean("data.node.confirmed"),
                "every entity says whether it is confirmed");
        assertFalse(ids(all("SEEN_ONCE", 100)).contains(bellwright), "a confirmed entity leaves the queue");
        assertEquals("BAD_INPUT", errorCode(confirm, vars("id", bellwright)), "confirmed already");
        assertEquals("NOT_FOUND", errorCode(confirm, vars("id", "person:nobody-at-all")));
        assertEquals(
                403,
                GraphQL.postAs(GraphQL.READER_KEY, confirm, vars("id", bellwright))
                        .statusCode(),
                "a reader may not confirm");
        assertEquals(
                List.of("CONFIRM_ENTITY"),
                data("query($id: ID!) { history(id: $id) { kind } }", vars("id", bellwright))
                        .getList("data.history.kind"));

        data(
                "mutation($id: ID!) { undoEdit(id: $id) { id } }",
                vars("id", confirmed.getString("data.confirmEntity.id")));
        assertFalse(data(read, vars("id", bellwright)).getBoolean("data.person.confirmed"));
        assertTrue(ids(all("SEEN_ONCE", 100)).contains(bellwright), "the undo puts it back in the queue");
    }

    @Test
    void badArgumentsAreRefused() {
        assertEquals("BAD_INPUT", errorCode("{ reviewQueue(first: 1000) { edges { cursor } } }", Map.of()));
        assertEquals("BAD_INPUT", errorCode("{ reviewQueue(after: \"not-a-cursor\") { edges { cursor } } }", Map.of()));
        String otherList =
                data("{ edits(first: 1) { pageInfo { endCursor } } }").getString("data.edits.pageInfo.endCursor");
        if (otherList != null) {
            assertEquals(
                    "BAD_INPUT",
                    errorCode(
                            "query($a: String) { reviewQueue(after: $a) { edges { cursor } } }", vars("a", otherList)));
        }
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "query($r: ReviewReason) { reviewQueue(reason: $r) { edges { cursor } } }",
                        vars("r", "NOT_A_REASON")));
    }
}
