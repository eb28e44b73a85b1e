package io.whosaid.graph;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.model.QuoteStatus;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Each standard query of issue 17 (filters, sorts, keyset pages, name filters, search, questions), as the service's
 * readers compose it, PROFILEd on the test's Neo4j: none may start from a label scan or a scan of all nodes where a
 * filter gives an index to seek. The plans are written to target/exploring-plans.md (kept in
 * cypher/queries/exploring/PLANS.md). The readers run here over a {@link GraphReader} that PROFILEs each statement.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class StandardQueryPlansTest {

    private static final List<String> SCANS = List.of("NodeByLabelScan", "AllNodesScan");
    private static final ZonedDateTime FROM = ZonedDateTime.parse("2020-01-01T00:00:00Z");
    private static final ZonedDateTime TO = ZonedDateTime.parse("2030-01-01T00:00:00Z");

    @Inject
    Driver driver;

    @Inject
    GraphAvailability availability;

    @Inject
    GraphMetrics metrics;

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
                "query($id: ID!) { article(id: $id) { publisher { id } quotes { speaker { ... on Entity { id } } } } }",
                vars("id", articleId));
        String publisherId = article.getString("data.article.publisher.id");
        String speakerId = article.getString("data.article.quotes[0].speaker.id");

        ProfilingReader reader = new ProfilingReader();
        QuoteReader quotes = new QuoteReader(reader);
        ArticleReader articles = new ArticleReader(reader);
        EntityReader entities = new EntityReader(reader);
        SearchReader search = new SearchReader(reader);
        QuestionReader questions = new QuestionReader(reader);
        NodeSelection idOnly = new NodeSelection(java.util.Set.of("id"), List.of());
        PageRequest page = PageRequest.first(20);

        reader.profile(
                "quotes by speaker",
                () -> quotes.quotes(
                        quoteFilter(List.of(speakerId), null, null, null, null, null),
                        QuoteReader.BY_ID,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes about an entity, newest published first",
                () -> quotes.quotes(
                        quoteFilter(null, List.of(speakerId), null, null, null, null),
                        QuoteReader.NEWEST_PUBLISHED,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes of an article",
                () -> quotes.quotes(
                        quoteFilter(null, null, List.of(articleId), null, null, null),
                        QuoteReader.BY_ID,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes of a publisher",
                () -> quotes.quotes(
                        quoteFilter(null, null, null, List.of(publisherId), null, null),
                        QuoteReader.BY_ID,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes with an unnamed source",
                () -> quotes.quotes(
                        quoteFilter(null, null, null, null, true, null), QuoteReader.BY_ID, page, idOnly, true));
        reader.profile(
                "quotes in a date range",
                () -> quotes.quotes(
                        quoteFilter(null, null, null, null, null, FROM),
                        QuoteReader.OLDEST_PUBLISHED,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes of a kind",
                () -> quotes.quotes(
                        new QuoteFilter(null, null, null, null, List.of("DIRECT"), statuses(), null, null, null, null),
                        QuoteReader.BY_ID,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes by words, most relevant first",
                () -> quotes.quotes(
                        new QuoteFilter(null, null, null, null, null, statuses(), null, null, null, "fares"),
                        QuoteReader.BY_RELEVANCE,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes by speaker, second page (keyset)",
                () -> quotes.quotes(
                        quoteFilter(List.of(speakerId), null, null, null, null, null),
                        QuoteReader.BY_ID,
                        new PageRequest(20, List.of("quote:0"), null, false),
                        idOnly,
                        false));
        reader.profile(
                "articles, newest first, second page (keyset)",
                () -> articles.articles(
                        ArticleFilter.NONE,
                        ArticleReader.NEWEST_FIRST,
                        new PageRequest(20, List.of(ZonedDateTime.now(), "article:0"), null, false),
                        idOnly,
                        true));
        reader.profile(
                "articles of a publisher",
                () -> articles.articles(
                        new ArticleFilter(List.of(publisherId), null, null, null),
                        ArticleReader.NEWEST_FIRST,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "articles mentioning an entity",
                () -> articles.articles(
                        new ArticleFilter(null, null, null, List.of(speakerId)),
                        ArticleReader.NEWEST_FIRST,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "articles published in a range, by date",
                () -> articles.articles(
                        new ArticleFilter(null, FROM, TO, null), ArticleReader.NEWEST_PUBLISHED, page, idOnly, true));
        reader.profile(
                "people whose name starts with, by quotes",
                () -> entities.filtered(
                        "Person",
                        new EntityFilter("varr", null, null, null),
                        EntityReader.filteredOrdering("Person", "QUOTES", true),
                        page,
                        idOnly,
                        true));
        reader.profile(
                "organizations whose name contains, by name",
                () -> entities.filtered(
                        "Organization",
                        new EntityFilter(null, "courier", null, null),
                        EntityReader.filteredOrdering("Organization", "NAME", false),
                        page,
                        idOnly,
                        true));
        reader.profile(
                "people by alias, by relevance",
                () -> entities.filtered(
                        "Person",
                        new EntityFilter(null, null, "ilse varrow", null),
                        EntityReader.filteredOrdering("Person", "RELEVANCE", true),
                        page,
                        idOnly,
                        true));
        reader.profile(
                "search: words, a prefix, a type",
                () -> search.search(SearchQuery.parse("fares Varr* type:quote"), page, idOnly));
        reader.profile("search: a phrase", () -> search.search(SearchQuery.parse("\"ferry company\""), page, idOnly));
        reader.profile("question: quotes between A and B", () -> questions.between(speakerId, publisherId, 10));
        reader.profile("question: speakers about X by month", () -> questions.speakersByMonth(speakerId, FROM, TO, 10));
        reader.profile("question: quotes per month about X", () -> questions.perMonth(speakerId, FROM, TO, 10));
        reader.profile("question: who appears with X", () -> questions.coOccurring(speakerId, 10));
        reader.profile("question: unnamed sources of a publisher", () -> questions.unnamedSources(publisherId, 10));

        Path written = reader.write(Path.of("target/exploring-plans.md"));
        List<String> scanning = new ArrayList<>();
        reader.plans.forEach((name, plan) -> {
            if (SCANS.stream().anyMatch(plan::contains)) {
                scanning.add(name);
            }
        });
        assertEquals(23, reader.plans.size(), "one plan per standard query: " + reader.plans.keySet());
        assertEquals(List.of(), scanning, "label or all-nodes scans (plans in " + written + ")");
    }

    private static QuoteFilter quoteFilter(
            List<String> speakers,
            List<String> about,
            List<String> articles,
            List<String> publishers,
            Boolean unnamed,
            ZonedDateTime from) {
        return new QuoteFilter(
                speakers, about, articles, publishers, null, statuses(), unnamed, from, from == null ? null : TO, null);
    }

    private static List<String> statuses() {
        return List.of(QuoteStatus.EXTRACTED.name(), QuoteStatus.CONFIRMED.name());
    }

    /** Runs each statement it is given with PROFILE in front, and keeps the plan under the name of the query being profiled. */
    private final class ProfilingReader extends GraphReader {

        final Map<String, String> plans = new LinkedHashMap<>();
        private String current;

        ProfilingReader() {
            super(driver, availability, metrics, Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofMinutes(1));
        }

        void profile(String name, Runnable query) {
            current = name;
            query.run();
            assertTrue(plans.containsKey(name), name + " ran no query");
        }

        @Override
        public List<Record> read(QueryFamily family, String query, Map<String, Object> parameters) {
            assertFalse(plans.containsKey(current), current + " ran more than one query");
            try (var session = driver.session()) {
                Result result = session.run(new Query("PROFILE " + query, parameters));
                List<Record> records = result.list();
                StringBuilder plan = new StringBuilder();
                print(result.consume().profile(), 0, plan::append);
                plans.put(current, plan.toString());
                return records;
            }
        }

        Path write(Path file) throws IOException {
            StringBuilder text = new StringBuilder();
            plans.forEach((name, plan) -> text.append("## ")
                    .append(name)
                    .append("\n\n```\n")
                    .append(plan)
                    .append("```\n\n"));
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text.toString());
        }
    }

    private static void print(ProfiledPlan plan, int depth, Consumer<String> out) {
        String details = String.valueOf(plan.arguments()
                .getOrDefault("Details", org.neo4j.driver.Values.NULL)
                .asObject());
        out.accept("  ".repeat(depth) + plan.operatorType().replace("@neo4j", "") + "  rows=" + plan.records()
                + " dbHits=" + plan.dbHits() + "  "
                + (details.length() > 110 ? details.substring(0, 110) + "…" : details) + "\n");
        for (ProfiledPlan child : plan.children()) {
            print(child, depth + 1, out);
        }
    }
}
