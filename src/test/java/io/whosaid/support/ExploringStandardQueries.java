package io.whosaid.support;

import io.whosaid.graph.ArticleFilter;
import io.whosaid.graph.ArticleReader;
import io.whosaid.graph.EntityFilter;
import io.whosaid.graph.EntityReader;
import io.whosaid.graph.GraphAvailability;
import io.whosaid.graph.GraphMetrics;
import io.whosaid.graph.GraphReader;
import io.whosaid.graph.PageRequest;
import io.whosaid.graph.QueryFamily;
import io.whosaid.graph.QuestionReader;
import io.whosaid.graph.QuoteFilter;
import io.whosaid.graph.QuoteReader;
import io.whosaid.graph.SearchQuery;
import io.whosaid.graph.SearchReader;
import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.model.QuoteStatus;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Issue 17's standard exploring queries (filters, sorts, keyset pages, name filters, search, questions), each as the
 * service's readers compose it, run once with PROFILE in front: {@code StandardQueryPlansTest} runs them on the
 * test store, {@code io.whosaid.bench.ProfileExploringQueries} on the bench's generated graph. One list, so both
 * profile the same queries.
 */
public final class ExploringStandardQueries {

    /** The operators that read every node of a label, or every node. */
    public static final List<String> SCANS = List.of("NodeByLabelScan", "AllNodesScan");

    private static final ZonedDateTime FROM = ZonedDateTime.parse("2020-01-01T00:00:00Z");
    private static final ZonedDateTime TO = ZonedDateTime.parse("2030-01-01T00:00:00Z");

    /**
     * What the queries start from, taken from the graph they run on: an article, a person quoted in it, its
     * publisher, the start of a person's name, part of an organization's name, an alias (or name), words of a quote
     * with a name's prefix ({@code fares Varr*}), and a phrase.
     */
    public record Anchors(
            String articleId,
            String speakerId,
            String publisherId,
            String personNameStart,
            String organizationNamePart,
            String alias,
            String quoteWord,
            String namePrefix,
            String phrase) {}

    /**
     * One profiled query: its plan as text, the operators in it, db hits, rows and the most memory it held at once
     * (bytes, Neo4j's estimate: the plan's {@code GlobalMemory}, or its largest operator's); {@code error} says why it
     * did not run to its end (then the plan is EXPLAIN's, without rows, db hits or memory), null when it did.
     */
    public record Profile(String plan, List<String> operators, long dbHits, int rows, long memory, String error) {
        public boolean scans() {
            return operators.stream().anyMatch(SCANS::contains);
        }

        /** Whether it stopped because it would have held more than a transaction may (db.memory.transaction.max). */
        public boolean outOfMemory() {
            return error != null && error.contains("MemoryPoolOutOfMemoryError");
        }
    }

    private ExploringStandardQueries() {}

    /** Runs every standard query with PROFILE, in order, and gives each one's profile by name. */
    public static Map<String, Profile> profile(Driver driver, Anchors at) {
        ProfilingReader reader = new ProfilingReader(driver);
        QuoteReader quotes = new QuoteReader(reader);
        ArticleReader articles = new ArticleReader(reader);
        EntityReader entities = new EntityReader(reader);
        SearchReader search = new SearchReader(reader);
        QuestionReader questions = new QuestionReader(reader);
        NodeSelection idOnly = new NodeSelection(Set.of("id"), List.of());
        PageRequest page = PageRequest.first(20);
        String speaker = at.speakerId();
        String publisher = at.publisherId();

        reader.profile(
                "quotes by speaker",
                () -> quotes.quotes(
                        quoteFilter(List.of(speaker), null, null, null, null, null),
                        QuoteReader.BY_ID,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes about an entity, newest published first",
                () -> quotes.quotes(
                        quoteFilter(null, List.of(speaker), null, null, null, null),
                        QuoteReader.NEWEST_PUBLISHED,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes of an article",
                () -> quotes.quotes(
                        quoteFilter(null, null, List.of(at.articleId()), null, null, null),
                        QuoteReader.BY_ID,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes of a publisher",
                () -> quotes.quotes(
                        quoteFilter(null, null, null, List.of(publisher), null, null),
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
                        new QuoteFilter(null, null, null, null, null, statuses(), null, null, null, at.quoteWord()),
                        QuoteReader.BY_RELEVANCE,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "quotes by speaker, second page (keyset)",
                () -> quotes.quotes(
                        quoteFilter(List.of(speaker), null, null, null, null, null),
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
                        new ArticleFilter(List.of(publisher), null, null, null),
                        ArticleReader.NEWEST_FIRST,
                        page,
                        idOnly,
                        true));
        reader.profile(
                "articles mentioning an entity",
                () -> articles.articles(
                        new ArticleFilter(null, null, null, List.of(speaker)),
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
                        new EntityFilter(at.personNameStart(), null, null, null),
                        EntityReader.filteredOrdering("Person", "QUOTES", true),
                        page,
                        idOnly,
                        true));
        reader.profile(
                "organizations whose name contains, by name",
                () -> entities.filtered(
                        "Organization",
                        new EntityFilter(null, at.organizationNamePart(), null, null),
                        EntityReader.filteredOrdering("Organization", "NAME", false),
                        page,
                        idOnly,
                        true));
        reader.profile(
                "people by alias, by relevance",
                () -> entities.filtered(
                        "Person",
                        new EntityFilter(null, null, at.alias(), null),
                        EntityReader.filteredOrdering("Person", "RELEVANCE", true),
                        page,
                        idOnly,
                        true));
        reader.profile(
                "search: words, a prefix, a type",
                () -> search.search(
                        SearchQuery.parse(at.quoteWord() + " " + at.namePrefix() + "* type:quote"),
                        page,
                        idOnly,
                        true));
        reader.profile(
                "search: a phrase",
                () -> search.search(SearchQuery.parse("\"" + at.phrase() + "\""), page, idOnly, true));
        reader.profile("question: quotes between A and B", () -> questions.between(speaker, publisher, 10));
        reader.profile("question: speakers about X by month", () -> questions.speakersByMonth(speaker, FROM, TO, 10));
        reader.profile("question: quotes per month about X", () -> questions.perMonth(speaker, FROM, TO, 10));
        reader.profile("question: who appears with X", () -> questions.coOccurring(speaker, 10));
        reader.profile("question: unnamed sources of a publisher", () -> questions.unnamedSources(publisher, 10));
        return reader.profiles;
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

    /**
     * A plan as indented text, one operator a line, with rows, db hits, the memory it held (bytes, where Neo4j tracks
     * it) and its details cut at 110 characters.
     */
    public static void print(ProfiledPlan plan, int depth, Consumer<String> out) {
        String details = String.valueOf(plan.arguments()
                .getOrDefault("Details", org.neo4j.driver.Values.NULL)
                .asObject());
        long memory = argument(plan, "Memory");
        out.accept("  ".repeat(depth) + plan.operatorType().replace("@neo4j", "") + "  rows=" + plan.records()
                + " dbHits=" + plan.dbHits() + (memory > 0 ? " memory=" + memory : "") + "  "
                + (details.length() > 110 ? details.substring(0, 110) + "…" : details) + "\n");
        for (ProfiledPlan child : plan.children()) {
            print(child, depth + 1, out);
        }
    }

    /** A number argument of a plan's operator ({@code Memory}, {@code GlobalMemory}), 0 when it has none. */
    private static long argument(Plan plan, String name) {
        org.neo4j.driver.Value value = plan.arguments().get(name);
        return value == null || value.isNull() ? 0 : value.asLong();
    }

    /** Runs each statement it is given with PROFILE in front, keeping the plan under the current query's name. */
    private static final class ProfilingReader extends GraphReader {

        final Map<String, Profile> profiles = new LinkedHashMap<>();
        private final Driver driver;
        private String current;

        ProfilingReader(Driver driver) {
            super(
                    driver,
                    new GraphAvailability(),
                    GraphMetrics.unobserved(),
                    Duration.ofSeconds(600),
                    Duration.ofSeconds(1),
                    Duration.ofMinutes(10));
            this.driver = driver;
        }

        void profile(String name, Runnable query) {
            current = name;
            try {
                query.run();
            } catch (RuntimeException e) {
                // A query that did not run to its end answers no rows, which its reader may not take: its profile says
                // so.
                if (!profiles.containsKey(name) || profiles.get(name).error() == null) {
                    throw e;
                }
            }
            if (!profiles.containsKey(name)) {
                throw new IllegalStateException(name + " ran no query");
            }
        }

        @Override
        public List<Record> read(QueryFamily family, String query, Map<String, Object> parameters) {
            if (profiles.containsKey(current)) {
                throw new IllegalStateException(current + " ran more than one query");
            }
            try (var session = driver.session()) {
                Result result = session.run(new Query("PROFILE " + query, parameters));
                List<Record> records = result.list();
                ProfiledPlan plan = result.consume().profile();
                StringBuilder text = new StringBuilder();
                print(plan, 0, text::append);
                List<String> operators = new java.util.ArrayList<>();
                long[] hits = {0, 0};
                collect(plan, operators, hits);
                long memory = Math.max(hits[1], argument(plan, "GlobalMemory"));
                profiles.put(current, new Profile(text.toString(), operators, hits[0], records.size(), memory, null));
                return records;
            } catch (org.neo4j.driver.exceptions.Neo4jException failed) {
                // Too big to run here (a transaction's memory, a timeout): keep the plan Neo4j would run.
                try (var session = driver.session()) {
                    Plan plan = session.run(new Query("EXPLAIN " + query, parameters))
                            .consume()
                            .plan();
                    StringBuilder text = new StringBuilder();
                    explain(plan, 0, text::append);
                    List<String> operators = new java.util.ArrayList<>();
                    collect(plan, operators);
                    profiles.put(
                            current,
                            new Profile(
                                    text.toString(), operators, 0, 0, 0, failed.code() + ": " + failed.getMessage()));
                }
                return List.of();
            }
        }

        /** Adds the plan's operators, its db hits to {@code hits[0]} and its largest operator memory to {@code hits[1]}. */
        private static void collect(ProfiledPlan plan, List<String> operators, long[] hits) {
            operators.add(plan.operatorType().replace("@neo4j", ""));
            hits[0] += plan.dbHits();
            hits[1] = Math.max(hits[1], argument(plan, "Memory"));
            for (ProfiledPlan child : plan.children()) {
                collect(child, operators, hits);
            }
        }

        private static void collect(Plan plan, List<String> operators) {
            operators.add(plan.operatorType().replace("@neo4j", ""));
            for (Plan child : plan.children()) {
                collect(child, operators);
            }
        }

        private static void explain(Plan plan, int depth, Consumer<String> out) {
            String details = String.valueOf(plan.arguments()
                    .getOrDefault("Details", org.neo4j.driver.Values.NULL)
                    .asObject());
            out.accept("  ".repeat(depth) + plan.operatorType().replace("@neo4j", "") + "  "
                    + (details.length() > 110 ? details.substring(0, 110) + "…" : details) + "\n");
            for (Plan child : plan.children()) {
                explain(child, depth + 1, out);
            }
        }
    }
}
