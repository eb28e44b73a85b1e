package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.errorCode;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Filters, orders and dates of the connections (issue 17), on three articles of one speaker: two publishers, two
 * dates and one undated article.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ExploringFiltersTest {

    private static final String INGEST =
            "mutation($t: String!, $d: String) { ingestArticle(input: {text: $t, publishedAt: $d})"
                    + " { article { id publishedAt publisher { id } } } }";
    private static final String QUOTES = "query($f: QuoteFilter, $o: QuoteOrder, $first: Int, $after: String) {"
            + " quotes(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount"
            + " edges { node { id text unnamedSource article { id publishedAt } } }"
            + " pageInfo { hasNextPage endCursor } } }";

    @Inject
    Driver driver;

    String march;
    String june;
    String undated;
    String gazette;
    String ollerby;

    @BeforeEach
    void ingest() {
        JsonPath a = data(
                INGEST,
                vars(
                        "t",
                        article("Dredging halted at the quay", "Dredging must stop now", "Filter Gazette"),
                        "d",
                        "2025-03-10"));
        march = a.getString("data.ingestArticle.article.id");
        gazette = a.getString("data.ingestArticle.article.publisher.id");
        june = data(
                        INGEST,
                        vars(
                                "t",
                                article("Quay budget reopened", "The quay budget is back", "Other Courier"),
                                "d",
                                "2025-06-01T09:30:00+02:00"))
                .getString("data.ingestArticle.article.id");
        undated = data(
                        INGEST,
                        vars(
                                "t",
                                article("Quay works resume", "The quay works resume today", "Other Courier"),
                                "d",
                                null))
                .getString("data.ingestArticle.article.id");
        ollerby = data("{ people(name: \"Tamsin Ollerby\") { edges { node { id } } } }")
                .getString("data.people.edges[0].node.id");
        driver.executableQuery("MATCH (q:Quote) REMOVE q.status").execute();
    }

    private static String article(String title, String quote, String publisher) {
        return title + "\n\nA report from the harbour.\n\n“" + quote
                + ",” said Tamsin Ollerby, the harbour engineer.\n\n" + "Source: " + publisher;
    }

    @Test
    void publishedAtIsADateTime() {
        JsonPath json = data(
                "query($a: ID!, $b: ID!, $c: ID!) { a: article(id: $a) { publishedAt } b: article(id: $b) { publishedAt }"
                        + " c: article(id: $c) { publishedAt } }",
                vars("a", march, "b", june, "c", undated));
        assertEquals(
                OffsetDateTime.parse("2025-03-10T00:00:00Z").toInstant(),
                OffsetDateTime.parse(json.getString("data.a.publishedAt")).toInstant());
        assertEquals(
                OffsetDateTime.parse("2025-06-01T07:30:00Z").toInstant(),
                OffsetDateTime.parse(json.getString("data.b.publishedAt")).toInstant());
        assertNull(json.getString("data.c.publishedAt"));
        String type = data("{ __type(name: \"Article\") { fields { name type { name } } } }")
                .getString("data.__type.fields.find { it.name == 'publishedAt' }.type.name");
        assertEquals("DateTime", type);
    }

    @Test
    void articlesByDateRangePublisherAndMention() {
        List<String> ids = data(
                        "query($p: [ID!]) { articles(first: 100, filter: {publisherIds: $p,"
                                + " published: {from: \"2025-01-01T00:00:00Z\", to: \"2025-04-01T00:00:00Z\"}}) { totalCount edges { node { id } } } }",
                        vars("p", List.of(gazette)))
                .getList("data.articles.edges.node.id");
        assertTrue(ids.contains(march), ids.toString());
        assertFalse(ids.contains(june));
        assertFalse(ids.contains(undated));
        List<String> mentioning = data(
                        "query($m: [ID!]) { articles(first: 100, filter: {mentionIds: $m}) { edges { node { id } } } }",
                        vars("m", List.of(ollerby)))
                .getList("data.articles.edges.node.id");
        assertTrue(mentioning.containsAll(List.of(march, june, undated)), mentioning.toString());
        List<String> byPublished =
                data("{ articles(first: 100, orderBy: {field: PUBLISHED, direction: DESC}) { edges { node { id } } } }")
                        .getList("data.articles.edges.node.id");
        assertTrue(byPublished.indexOf(june) < byPublished.indexOf(march));
        assertTrue(byPublished.indexOf(march) < byPublished.indexOf(undated), "undated sorts as the oldest");
    }

    @Test
    void quotesBySpeakerDateAndOrderPageByCursor() {
        Map<String, Object> filter = Map.of("speakerIds", List.of(ollerby));
        List<String> newestFirst = articlesOf(
                data(QUOTES, vars("f", filter, "o", Map.of("field", "PUBLISHED"), "first", 100, "after", null)));
        List<String> ours = newestFirst.stream()
                .filter(List.of(march, june, undated)::contains)
                .toList();
        assertEquals(List.of(june, march, undated), ours);
        List<String> oldestFirst = articlesOf(data(
                QUOTES,
                vars("f", filter, "o", Map.of("field", "PUBLISHED", "direction", "ASC"), "first", 100, "after", null)));
        List<String> reversed = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, oldestFirst);

        List<String> walked = new ArrayList<>();
        String after = null;
        do {
            JsonPath page =
                    data(QUOTES, vars("f", filter, "o", Map.of("field", "PUBLISHED"), "first", 1, "after", after));
            walked.addAll(articlesOf(page));
            after = page.getBoolean("data.quotes.pageInfo.hasNextPage")
                    ? page.getString("data.quotes.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(newestFirst, walked);

        JsonPath since = data(
                QUOTES,
                vars(
                        "f",
                        Map.of("speakerIds", List.of(ollerby), "published", Map.of("from", "2025-05-01T00:00:00Z")),
                        "o",
                        null,
                        "first",
                        100,
                        "after",
                        null));
        assertTrue(articlesOf(since).contains(june));
        assertFalse(articlesOf(since).contains(march));
        assertFalse(articlesOf(since).contains(undated));
        JsonPath gazetteOnly = data(
                QUOTES,
                vars(
                        "f",
                        Map.of("speakerIds", List.of(ollerby), "publisherIds", List.of(gazette)),
                        "o",
                        null,
                        "first",
                        100,
                        "after",
                        null));
        assertEquals(List.of(march), articlesOf(gazetteOnly).stream().distinct().toList());
        assertEquals(articlesOf(gazetteOnly).size(), gazetteOnly.getInt("data.quotes.totalCount"));
    }

    /**
     * Quotes filtered only by a date range or only by kinds are read in an index's order (the quote ids', or the
     * publication dates' when ordered by them) rather than sorted whole: pages forward and backward give every quote
     * once, in order, and as many as totalCount.
     */
    @Test
    void quotesOnlyByDateRangeOrKindPageInOrderBothWays() {
        String paged =
                "query($f: QuoteFilter, $o: QuoteOrder, $first: Int, $after: String, $last: Int, $before: String)"
                        + " { quotes(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {"
                        + " totalCount edges { node { id kind article { id publishedAt } } }"
                        + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
        Map<String, Object> range =
                Map.of("published", Map.of("from", "2025-03-10T00:00:00Z", "to", "2025-06-02T00:00:00Z"));
        Map<String, Object> direct = Map.of("kinds", List.of("DIRECT"));
        Map<String, Object> newest = Map.of("field", "PUBLISHED", "direction", "DESC");
        Map<String, Object> oldest = Map.of("field", "PUBLISHED", "direction", "ASC");
        for (Object[] asked : new Object[][] {{range, null}, {range, newest}, {range, oldest}, {direct, null}}) {
            @SuppressWarnings("unchecked")
            Map<String, Object> filter = (Map<String, Object>) asked[0];
            Object order = asked[1];
            // pages of one quote through the few of the range; of a hundred through every DIRECT quote of the store
            int size = filter == direct ? 100 : 1;
            List<Map<String, Object>> forward = new ArrayList<>();
            int total = -1;
            String after = null;
            do {
                JsonPath page = data(
                        paged,
                        vars("f", filter, "o", order, "first", size, "after", after, "last", null, "before", null));
                forward.addAll(page.getList("data.quotes.edges.node"));
                total = page.getInt("data.quotes.totalCount");
                after = page.getBoolean("data.quotes.pageInfo.hasNextPage")
                        ? page.getString("data.quotes.pageInfo.endCursor")
                        : null;
            } while (after != null);
            List<Map<String, Object>> backward = new ArrayList<>();
            String before = null;
            do {
                JsonPath page = data(
                        paged,
                        vars("f", filter, "o", order, "first", null, "after", null, "last", size, "before", before));
                backward.addAll(0, page.getList("data.quotes.edges.node"));
                before = page.getBoolean("data.quotes.pageInfo.hasPreviousPage")
                        ? page.getString("data.quotes.pageInfo.startCursor")
                        : null;
            } while (before != null);
            String asking = filter + " " + order;
            List<String> ids = forward.stream().map(q -> (String) q.get("id")).toList();
            assertEquals(total, ids.size(), asking);
            assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "no quote twice: " + asking);
            assertEquals(ids, backward.stream().map(q -> (String) q.get("id")).toList(), asking);
            List<String> articles = forward.stream()
                    .map(q -> (String) ((Map<?, ?>) q.get("article")).get("id"))
                    .toList();
            if (filter == direct) {
                assertTrue(forward.stream().allMatch(q -> "DIRECT".equals(q.get("kind"))), asking);
                assertTrue(articles.containsAll(List.of(march, june, undated)), asking);
            } else {
                assertTrue(articles.containsAll(List.of(march, june)), asking);
                assertFalse(articles.contains(undated), asking);
            }
            if (order == null) {
                List<String> sorted = new ArrayList<>(ids);
                java.util.Collections.sort(sorted);
                assertEquals(sorted, ids, "by id: " + asking);
            } else {
                List<OffsetDateTime> dates = forward.stream()
                        .map(q -> OffsetDateTime.parse((String) ((Map<?, ?>) q.get("article")).get("publishedAt")))
                        .toList();
                for (int i = 1; i < dates.size(); i++) {
                    int step = dates.get(i - 1).compareTo(dates.get(i));
                    assertTrue(order == newest ? step >= 0 : step <= 0, "by date: " + asking + " " + dates);
                    if (step == 0) {
                        assertTrue(ids.get(i - 1).compareTo(ids.get(i)) < 0, "then by id: " + asking);
                    }
                }
                assertEquals(
                        order == newest ? List.of(june, march) : List.of(march, june),
                        articles.stream()
                                .filter(List.of(march, june)::contains)
                                .distinct()
                                .toList(),
                        asking);
            }
        }
    }

    @Test
    void retractedQuotesAreLeftOutUnlessAskedFor() {
        Map<String, Object> filter = Map.of("articleIds", List.of(march));
        JsonPath before = data(QUOTES, vars("f", filter, "o", null, "first", 100, "after", null));
        String quote = before.getString("data.quotes.edges[0].node.id");
        assertNotNull(quote);
        driver.executableQuery("MATCH (q:Quote {id: $id}) SET q.status = 'RETRACTED'")
                .withParameters(Map.of("id", quote))
                .execute();
        JsonPath after = data(QUOTES, vars("f", filter, "o", null, "first", 100, "after", null));
        assertFalse(after.getList("data.quotes.edges.node.id").contains(quote));
        assertEquals(before.getInt("data.quotes.totalCount") - 1, after.getInt("data.quotes.totalCount"));
        JsonPath retracted = data(
                QUOTES,
                vars(
                        "f",
                        Map.of("articleIds", List.of(march), "statuses", List.of("RETRACTED")),
                        "o",
                        null,
                        "first",
                        100,
                        "after",
                        null));
        assertEquals(List.of(quote), retracted.getList("data.quotes.edges.node.id"));
        JsonPath said = data(
                "query($id: ID!) { quotes(speakerId: $id, first: 100) { edges { node { id } } } }",
                vars("id", ollerby));
        assertFalse(said.getList("data.quotes.edges.node.id").contains(quote), "the plain arguments leave it out too");
    }

    @Test
    void unnamedSourceFilterSplitsTheQuotes() {
        int all = data(QUOTES, vars("f", null, "o", null, "first", 0, "after", null))
                .getInt("data.quotes.totalCount");
        JsonPath unnamed =
                data(QUOTES, vars("f", Map.of("unnamedSource", true), "o", null, "first", 100, "after", null));
        JsonPath named =
                data(QUOTES, vars("f", Map.of("unnamedSource", false), "o", null, "first", 100, "after", null));
        assertEquals(all, unnamed.getInt("data.quotes.totalCount") + named.getInt("data.quotes.totalCount"));
        unnamed.getList("data.quotes.edges.node.unnamedSource").forEach(source -> assertNotNull(source));
        named.getList("data.quotes.edges.node.unnamedSource").forEach(source -> assertNull(source));
    }

    @Test
    void badFiltersAndOrdersAreBadInput() {
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        QUOTES,
                        vars(
                                "f",
                                Map.of(
                                        "published",
                                        Map.of("from", "2025-05-01T00:00:00Z", "to", "2025-04-01T00:00:00Z")),
                                "o",
                                null,
                                "first",
                                1,
                                "after",
                                null)));
        assertEquals(
                "BAD_INPUT",
                errorCode(QUOTES, vars("f", null, "o", Map.of("field", "RELEVANCE"), "first", 1, "after", null)));
        assertEquals(
                "BAD_INPUT",
                errorCode(QUOTES, vars("f", Map.of("speakerIds", List.of()), "o", null, "first", 1, "after", null)));
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "query($id: ID!) { quotes(speakerId: $id, filter: {speakerIds: [$id]}) { totalCount } }",
                        vars("id", ollerby)));
        String newest = data(QUOTES, vars("f", null, "o", Map.of("field", "PUBLISHED"), "first", 1, "after", null))
                .getString("data.quotes.pageInfo.endCursor");
        assertEquals(
                "BAD_INPUT",
                errorCode(QUOTES, vars("f", null, "o", null, "first", 1, "after", newest)),
                "a cursor of another order");
        // a DateTime inside an input variable is coerced by graphql-java, before execution: refused as BAD_INPUT
        JsonPath notADate = io.whosaid.support.GraphQL.post(
                QUOTES,
                vars("f", Map.of("published", Map.of("from", "last tuesday")), "o", null, "first", 1, "after", null));
        assertEquals("BAD_INPUT", notADate.getString("errors[0].extensions.code"), notADate.prettify());
        assertTrue(notADate.getString("errors[0].message").contains("$f.published.from"), notADate.prettify());
        assertNull(notADate.get("data.quotes"));
        assertEquals(
                "BAD_INPUT",
                errorCode(QUOTES, vars("f", Map.of("kinds", List.of("SHOUTED")), "o", null, "first", 1, "after", null)),
                "an enum value that does not exist, inside the filter");
    }

    /** said, quotedAbout and Article.quotes leave RETRACTED quotes out as quotes does, unless statuses asks for them. */
    @Test
    void retractedQuotesAreLeftOutOfEveryListUnlessAskedFor() {
        String retracted = data(
                        "query($a: ID!) { article(id: $a) { quotes { edges { node { id } } } } }", vars("a", march))
                .getString("data.article.quotes.edges[0].node.id");
        assertNotNull(retracted);
        driver.executableQuery("MATCH (q:Quote {id: $id}) SET q.status = 'RETRACTED'")
                .withParameters(Map.of("id", retracted))
                .execute();
        try {
            JsonPath json = data(
                    "query($p: ID!, $a: ID!) { person(id: $p) {"
                            + " said(first: 20) { totalCount edges { node { id } } }"
                            + " all: said(first: 20, statuses: [EXTRACTED, RETRACTED]) { totalCount edges { node { id } } }"
                            + " gone: said(first: 20, statuses: [RETRACTED]) { totalCount edges { node { id status } } } }"
                            + " article(id: $a) { quotes { edges { node { id } } } retracted: quotes(statuses: [RETRACTED]) { edges { node { id status } } } } }",
                    vars("p", ollerby, "a", march));
            List<String> shown = json.getList("data.person.said.edges.node.id");
            assertFalse(shown.contains(retracted), shown.toString());
            assertEquals(shown.size(), json.getInt("data.person.said.totalCount"));
            assertEquals(shown.size() + 1, json.getInt("data.person.all.totalCount"));
            assertTrue(json.getList("data.person.all.edges.node.id").contains(retracted));
            assertEquals(List.of(retracted), json.getList("data.person.gone.edges.node.id"));
            assertEquals(List.of("RETRACTED"), json.getList("data.person.gone.edges.node.status"));
            assertEquals(1, json.getInt("data.person.gone.totalCount"));
            assertFalse(json.getList("data.article.quotes.edges.node.id").contains(retracted));
            assertEquals(List.of(retracted), json.getList("data.article.retracted.edges.node.id"));
            // the same below a list, where the root query reads said for every speaker at once
            JsonPath nested = data(
                    "query($p: ID!) { quotes(filter: {speakerIds: [$p]}, first: 1) { edges { node { speaker {"
                            + " ... on Entity { said(first: 20, statuses: [RETRACTED]) { totalCount } } } } } } }",
                    vars("p", ollerby));
            assertEquals(1, nested.getInt("data.quotes.edges[0].node.speaker.said.totalCount"));
            assertEquals(
                    "BAD_INPUT",
                    errorCode(
                            "query($p: ID!) { person(id: $p) { said(statuses: []) { totalCount } } }",
                            vars("p", ollerby)));
        } finally {
            driver.executableQuery("MATCH (q:Quote {id: $id}) REMOVE q.status")
                    .withParameters(Map.of("id", retracted))
                    .execute();
        }
    }

    /**
     * The totals of broad filters (a publisher, a date range, a kind, unnamed sources) are counted from degrees and
     * indexes rather than from the quotes: each equals what the pages hold and what a plain count of the graph says,
     * after an ingest, a retraction and a correction (an edit that sets a status and an unnamed source).
     */
    @Test
    void broadTotalsAgreeWithTheirPagesAfterIngestAndEdits() {
        String tag = Long.toString(System.nanoTime(), 36);
        String publisherName = "Tally Herald " + tag;
        String first = ingestTwoQuotes("Tally of the quays " + tag, publisherName, "1901-02-01");
        String second = ingestTwoQuotes("Tally of the locks " + tag, publisherName, "1901-06-01");
        String publisher = data("query($a: ID!) { article(id: $a) { publisher { id } } }", vars("a", first))
                .getString("data.article.publisher.id");
        Map<String, Object> range = Map.of("from", "1901-01-01T00:00:00Z", "to", "1902-01-01T00:00:00Z");
        Map<String, Object> later = Map.of("from", "1901-05-01T00:00:00Z", "to", "1902-01-01T00:00:00Z");
        assertTotals(publisher, range, later, 4, 2);

        List<String> firstQuotes = data(
                        QUOTES, vars("f", Map.of("articleIds", List.of(first)), "o", null, "first", 10, "after", null))
                .getList("data.quotes.edges.node.id");
        List<String> secondQuotes = data(
                        QUOTES, vars("f", Map.of("articleIds", List.of(second)), "o", null, "first", 10, "after", null))
                .getList("data.quotes.edges.node.id");
        assertEquals(2, firstQuotes.size(), firstQuotes.toString());
        assertEquals(2, secondQuotes.size(), secondQuotes.toString());
        data(
                "mutation($id: ID!) { retractQuote(id: $id, reason: \"never said\") { id } }",
                vars("id", firstQuotes.get(0)));
        data(
                "mutation($id: ID!) { setQuoteSpeaker(id: $id, unnamedSource: \"a lock keeper\") { id } }",
                vars("id", secondQuotes.get(0)));
        assertTotals(publisher, range, later, 3, 2);
        Map<String, Object> extractedOnly =
                Map.of("publisherIds", List.of(publisher), "statuses", List.of("EXTRACTED"));
        assertEquals(2, pagedTotal(extractedOnly), "the corrected quote is left out too");
        Map<String, Object> retractedOnly = Map.of("published", range, "statuses", List.of("RETRACTED"));
        assertEquals(1, pagedTotal(retractedOnly));
        Map<String, Object> everyStatus =
                Map.of("published", range, "statuses", List.of("EXTRACTED", "CONFIRMED", "CORRECTED", "RETRACTED"));
        assertEquals(4, pagedTotal(everyStatus));

        ingestTwoQuotes("Tally of the sluices " + tag, publisherName, "1901-09-01");
        assertTotals(publisher, range, later, 5, 3);
    }

    /**
     * The publisher's and the range's quote totals (every status but RETRACTED), the later part of the range within the
     * publisher, the kind and unnamed-source totals against a count of the graph, and the publisher's articles.
     */
    private void assertTotals(
            String publisher, Map<String, Object> range, Map<String, Object> later, int quotes, int articles) {
        assertEquals(quotes, pagedTotal(Map.of("publisherIds", List.of(publisher))));
        assertEquals(quotes, pagedTotal(Map.of("published", range)));
        assertEquals(
                graphCount(
                        "MATCH (q:Quote)-[:QUOTED_IN]->(a:Article)-[:PUBLISHED_BY]->(:Organization {id: $p})"
                                + " WHERE a.publishedAt >= datetime('1901-05-01T00:00:00Z') AND coalesce(q.status, '') <> 'RETRACTED'"
                                + " RETURN count(q) AS n",
                        publisher),
                pagedTotal(Map.of("publisherIds", List.of(publisher), "published", later)));
        assertEquals(
                graphCount(
                        "MATCH (q:Quote {kind: 'DIRECT'}) WHERE coalesce(q.status, '') <> 'RETRACTED' RETURN count(q) AS n",
                        publisher),
                data(
                                QUOTES,
                                vars(
                                        "f",
                                        Map.of("kinds", List.of("DIRECT", "DIRECT")),
                                        "o",
                                        null,
                                        "first",
                                        0,
                                        "after",
                                        null))
                        .getInt("data.quotes.totalCount"));
        assertEquals(
                graphCount(
                        "MATCH (q:Quote) WHERE q.unnamedSource IS NOT NULL AND coalesce(q.status, '') <> 'RETRACTED'"
                                + " RETURN count(q) AS n",
                        publisher),
                data(QUOTES, vars("f", Map.of("unnamedSource", true), "o", null, "first", 0, "after", null))
                        .getInt("data.quotes.totalCount"));
        JsonPath byPublisher = data(
                "query($p: [ID!]) { articles(first: 100, filter: {publisherIds: $p}) { totalCount edges { node { id } } } }",
                vars("p", List.of(publisher)));
        assertEquals(articles, byPublisher.getInt("data.articles.totalCount"));
        assertEquals(articles, byPublisher.getList("data.articles.edges").size());
        List<String> newest = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = data(
                    "query($r: DateRange, $after: String) { articles(first: 1, after: $after, filter: {published: $r},"
                            + " orderBy: {field: PUBLISHED, direction: DESC}) { totalCount edges { node { id publishedAt } }"
                            + " pageInfo { hasNextPage endCursor } } }",
                    vars("r", range, "after", after));
            assertEquals(articles, page.getInt("data.articles.totalCount"));
            newest.addAll(page.getList("data.articles.edges.node.publishedAt"));
            after = page.getBoolean("data.articles.pageInfo.hasNextPage")
                    ? page.getString("data.articles.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(articles, newest.size(), newest.toString());
        List<String> sorted = new ArrayList<>(newest);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, newest, "newest first, one per page");
    }

    /** The quotes of a filter read page by page (two a page): their number, which must be the total every page gives. */
    private static int pagedTotal(Map<String, Object> filter) {
        List<String> seen = new ArrayList<>();
        String after = null;
        Integer total = null;
        do {
            JsonPath page = data(QUOTES, vars("f", filter, "o", null, "first", 2, "after", after));
            int pageTotal = page.getInt("data.quotes.totalCount");
            if (total != null) {
                assertEquals(total.intValue(), pageTotal, "every page gives the same total");
            }
            total = pageTotal;
            seen.addAll(page.getList("data.quotes.edges.node.id"));
            after = page.getBoolean("data.quotes.pageInfo.hasNextPage")
                    ? page.getString("data.quotes.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), "no quote twice");
        assertEquals(total.intValue(), seen.size(), filter + ": " + seen);
        return total;
    }

    private int graphCount(String query, String publisher) {
        return driver.executableQuery(query)
                .withParameters(Map.of("p", publisher))
                .execute()
                .records()
                .get(0)
                .get("n")
                .asInt();
    }

    /** Ingests an article of a publisher, dated, with two direct quotes of Tamsin Ollerby; gives its id. */
    private static String ingestTwoQuotes(String title, String publisher, String date) {
        String text =
                title + "\n\nA report from the harbour.\n\n“" + title + " is on time,” said Tamsin Ollerby, the harbour"
                        + " engineer.\n\nThe board met later.\n\n“" + title
                        + " will be paid for,” Tamsin Ollerby said.\n\nSource: "
                        + publisher;
        return data(INGEST, vars("t", text, "d", date)).getString("data.ingestArticle.article.id");
    }

    private static List<String> articlesOf(JsonPath page) {
        return page.getList("data.quotes.edges.node.article.id");
    }
}
