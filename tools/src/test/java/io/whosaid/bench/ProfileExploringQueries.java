package io.whosaid.bench;

import io.whosaid.graph.embedded.EmbeddedMemory;
import io.whosaid.graph.embedded.EmbeddedNeo4j;
import io.whosaid.graph.embedded.EmbeddedNeo4jSettings;
import io.whosaid.graph.migrations.MigrationRunner;
import io.whosaid.support.ExploringStandardQueries;
import io.whosaid.support.ExploringStandardQueries.Anchors;
import io.whosaid.support.ExploringStandardQueries.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Runs {@code PROFILE} of issue 17's standard exploring queries ({@link ExploringStandardQueries}, as the service's
 * readers compose them) on the bench's generated graph of N articles, and writes the plans, db hits, rows, operators
 * and indexes used and the memory each held to {@code cypher/queries/exploring/PLANS-100k.md}:
 * {@code --articles N --seed S [--out FILE]}. Exits non-zero when a plan scans a label or all nodes, or a query does
 * not run to its end (out of the transaction's memory, or its time).
 */
public final class ProfileExploringQueries {

    public static void main(String[] args) {
        Arguments arguments = new Arguments(args);
        Path project =
                Path.of(arguments.value("--project", ".")).toAbsolutePath().normalize();
        CorpusSpec spec = new CorpusSpec(arguments.intValue("--articles", 100_000), arguments.longValue("--seed", 42));
        Path out = project.resolve(arguments.value("--out", "cypher/queries/exploring/PLANS-100k.md"));
        Path store = BenchStore.ensure(project, spec, BenchStore.LoadSettings.forArticles(spec.articles()), System.out);
        String articleId = new Workload(new CorpusGenerator(spec))
                .pool(StandardRequest.ARTICLE)
                .get(0)
                .get("id")
                .toString();
        EmbeddedNeo4jSettings settings = new EmbeddedNeo4jSettings(
                store,
                project.resolve("target/neo4j-lib"),
                0,
                EmbeddedMemory.of("1g", "512m", EmbeddedMemory.AUTO, EmbeddedMemory.AUTO, 0),
                false,
                "60s",
                Duration.ofSeconds(180),
                Duration.ofSeconds(120));
        Map<String, Profile> profiles;
        Anchors anchors;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(settings);
                Driver driver = GraphDatabase.driver(
                        neo4j.boltUri(),
                        AuthTokens.none(),
                        Config.builder().withLogging(Logging.none()).build())) {
            // A store cached before a migration (an index the queries use) gets it, as the service's start would.
            new MigrationRunner(driver).migrate();
            anchors = anchors(driver, articleId);
            System.out.println("profile: anchors " + anchors);
            // The first run warms the page cache; the second is the one written down.
            ExploringStandardQueries.profile(driver, anchors);
            profiles = ExploringStandardQueries.profile(driver, anchors);
        }
        boolean scanned = profiles.values().stream().anyMatch(Profile::scans);
        boolean failed = profiles.values().stream().anyMatch(p -> p.error() != null);
        try {
            Files.writeString(out, markdown(spec, anchors, profiles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        profiles.forEach((name, p) -> System.out.printf(
                "profile: %-48s dbHits=%d rows=%d memory=%d scan=%s outOfMemory=%s%s%n",
                name,
                p.dbHits(),
                p.rows(),
                p.memory(),
                p.scans(),
                p.outOfMemory(),
                p.error() == null ? "" : " error=" + p.error()));
        System.out.println("profile: wrote " + out);
        if (scanned) {
            System.err.println("A standard exploring query scans a label or all nodes; see " + out);
        }
        if (failed) {
            System.err.println("A standard exploring query did not run to its end (memory, time); see " + out);
        }
        if (scanned || failed) {
            System.exit(1);
        }
    }

    /** What the queries start from, taken from the article the bench asks for first. */
    static Anchors anchors(Driver driver, String articleId) {
        try (Session session = driver.session()) {
            Record speaker = session.run(
                            "MATCH (a:Article {id: $id})<-[:QUOTED_IN]-(q:Quote)<-[:SAID]-(s:Person)"
                                    + " RETURN s.id AS id, s.name AS name, q.text AS text ORDER BY q.start LIMIT 1",
                            Map.of("id", articleId))
                    .single();
            Record publisher = session.run(
                            "MATCH (:Article {id: $id})-[:PUBLISHED_BY]->(p:Organization) RETURN p.id AS id, p.name AS name",
                            Map.of("id", articleId))
                    .single();
            String name = speaker.get("name").asString();
            List<String> quoteWords = words(speaker.get("text").asString());
            // The prefix is of another word of the same quote, so that the words and the prefix find it together.
            String word = longest(quoteWords);
            String other =
                    longest(quoteWords.stream().filter(w -> !w.equals(word)).toList());
            return new Anchors(
                    articleId,
                    speaker.get("id").asString(),
                    publisher.get("id").asString(),
                    name.toLowerCase(Locale.ROOT).substring(0, Math.min(4, name.length())),
                    longest(words(publisher.get("name").asString())).toLowerCase(Locale.ROOT),
                    name.toLowerCase(Locale.ROOT),
                    word,
                    other.substring(0, Math.min(4, other.length())),
                    quoteWords.get(0) + " " + quoteWords.get(1));
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 3)
                .toList();
    }

    private static String longest(List<String> words) {
        return words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    static String markdown(CorpusSpec spec, Anchors anchors, Map<String, Profile> profiles) {
        StringBuilder md = new StringBuilder();
        md.append("# PROFILE of issue 17's standard exploring queries at ")
                .append(spec.articles())
                .append(" articles\n\n")
                .append("Written by `io.whosaid.bench.ProfileExploringQueries` (run of ")
                .append(LocalDate.now())
                .append(") on the bench's generated graph of ")
                .append(spec.articles())
                .append(" articles (seed ")
                .append(spec.seed())
                .append(", `neo4j-admin database import`, the service's migrations and indexes), Neo4j 5.26 Community:"
                        + " each query as the service's readers compose it (the same list as `StandardQueryPlansTest`,"
                        + " `io.whosaid.support.ExploringStandardQueries`), PROFILEd twice, the second (warm) run shown."
                        + " The embedded Neo4j has a 1 GB heap, so a transaction may hold 192 MiB"
                        + " (`db.memory.transaction.max`, three sixteenths of the heap, as the service's `auto`): more is"
                        + " `QUERY_TOO_EXPENSIVE` in the service. `rows`, `dbHits` and `memory` (bytes held, where Neo4j"
                        + " tracks it) are per operator in the plans; the table gives the rows returned, the sum of the db"
                        + " hits and the most memory the query held (the plan's `GlobalMemory`). The checks: no"
                        + " `NodeByLabelScan`, no `AllNodesScan`, and every query runs to its end.\n\n")
                .append("Anchors, from the first article the bench asks for: `")
                .append(anchors)
                .append("`.\n\n")
                .append("| query | total db hits | rows | memory held (MiB) | index reads | label or all-nodes scan"
                        + " | ran to its end |\n|---|---|---|---|---|---|---|\n");
        profiles.forEach((name, p) -> md.append("| ")
                .append(name)
                .append(" | ")
                .append(p.dbHits())
                .append(" | ")
                .append(p.rows())
                .append(" | ")
                .append(p.error() == null ? String.format(Locale.ROOT, "%.2f", p.memory() / 1048576.0) : "-")
                .append(" | ")
                .append(indexReads(p))
                .append(" | ")
                .append(p.scans() ? "**yes**" : "none")
                .append(" | ")
                .append(
                        p.error() == null
                                ? "yes"
                                : "**no**" + (p.outOfMemory() ? ", out of transaction memory" : "")
                                        + " (EXPLAIN's plan below: " + p.error() + ")")
                .append(" |\n"));
        md.append('\n');
        profiles.forEach((name, p) -> md.append("## ")
                .append(name)
                .append("\n\n```\n")
                .append(p.plan())
                .append("```\n\n"));
        return md.toString();
    }

    /** The operators of a plan that read an index (seeks, scans, full-text procedures), each once. */
    private static String indexReads(Profile profile) {
        List<String> reads = profile.operators().stream()
                .filter(o -> o.contains("Index") || o.equals("ProcedureCall"))
                .distinct()
                .toList();
        return reads.isEmpty() ? "-" : String.join(", ", reads);
    }
}
