package io.whosaid.cli;

import static io.whosaid.support.GraphQL.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.support.GraphChecks;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import picocli.CommandLine;

/**
 * The command-line client run as a user runs it (picocli's execute, the same entry as the jar's) against the running
 * test service and its real Neo4j, on files made for it under src/test/resources/cli: what gets in, what is reported,
 * the exit code, and that a second run skips what is in.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class IngestCommandTest {

    private static final Path FIXTURES = Paths.get("src/test/resources/cli");
    private static final Path FEED = Paths.get("src/test/resources/feeds/harbour-rss.xml");

    @TestHTTPResource("/")
    URL service;

    @TempDir
    Path work;

    @Inject
    MeterRegistry registry;

    @Inject
    Driver driver;

    record Run(int exit, IngestCommand command, String out, String err) {
        BulkIngest.Summary summary() {
            return command.summary();
        }
    }

    private Run ingest(String apiKey, String... arguments) {
        IngestCommand command = new IngestCommand();
        CommandLine cli = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new java.util.ArrayList<>(List.of(
                "--service",
                service.toString(),
                "--state",
                work.resolve("state").toString(),
                "--failures",
                work.resolve("failures.tsv").toString()));
        if (apiKey != null) {
            args.addAll(List.of("--api-key", apiKey));
        }
        args.addAll(List.of(arguments));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Run(exit, command, out.toString(), err.toString());
    }

    private static int articles() {
        return data("{ articles(first: 1) { totalCount } }").getInt("data.articles.totalCount");
    }

    private static List<String> articleTitles(String words) {
        var hits = data("query($q: String!) { search(query: $q, first: 20) { type label } }", Map.of("q", words));
        return hits.<String>getList("data.search.findAll { it.type == 'Article' }.label");
    }

    /** The failure report as label → code, and the reasons in order. */
    private Map<String, String> failureCodes() throws IOException {
        return Files.readAllLines(work.resolve("failures.tsv"), StandardCharsets.UTF_8).stream()
                .map(line -> line.split("\t", 3))
                .collect(Collectors.toMap(f -> f[0], f -> f[1], (a, b) -> a, TreeMap::new));
    }

    @Test
    void foldersArchivesFeedsAndUrlListsGoInAndEachBadItemIsReported() throws IOException {
        Path big = work.resolve("huge-page.html");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(1L << 30); // a sparse 1 GB file: refused by its size, never read
        }
        int before = articles();

        Run first = ingest(
                GraphQL.EDITOR_KEY,
                "--feed-items",
                "content",
                FIXTURES.resolve("newsroom").toString(),
                FIXTURES.resolve("archive.jsonl").toString(),
                FEED.toString(),
                FIXTURES.resolve("urls.txt").toString(),
                big.toString());

        assertEquals(1, first.exit(), "something failed: " + first.out());
        BulkIngest.Summary summary = first.summary();
        assertEquals(7, summary.created(), first.out());
        assertEquals(1, summary.alreadyIn() + summary.skipped(), "the archive's repeated line is one article");
        assertEquals(8, summary.failed());
        assertEquals(before + 7, articles(), "the graph holds the seven new articles");
        assertTrue(first.out().contains("16 item(s): 7 created"), first.out());
        assertTrue(first.out().contains("passed over 1 file(s)"), "the folder's README.md is not an article");
        assertTrue(
                first.err().contains("articles/s") && first.err().contains("failed 8"), "progress bar: " + first.err());

        Map<String, String> codes = failureCodes();
        String newsroom = FIXTURES.resolve("newsroom").resolve("pages").toString();
        assertEquals(
                Map.of(
                        newsroom + "/section-front.html",
                        "NO_ARTICLE",
                        newsroom + "/unknown-encoding.html",
                        "BAD_INPUT",
                        FIXTURES.resolve("archive.jsonl") + ":3",
                        "MALFORMED_JSON",
                        FIXTURES.resolve("archive.jsonl") + ":5",
                        "MALFORMED_JSON",
                        FEED + "#3 (Harbour webcam back online)",
                        "NO_ARTICLE",
                        FIXTURES.resolve("urls.txt") + ":2",
                        "URL_ADDRESS_NOT_ALLOWED",
                        FIXTURES.resolve("urls.txt") + ":4",
                        "BAD_INPUT",
                        big.toString(),
                        "TOO_LARGE"),
                codes);
        String report = Files.readString(work.resolve("failures.tsv"));
        assertTrue(report.contains("\"x-mac-klingon\""), report);
        assertTrue(report.contains(":5\tMALFORMED_JSON\ttitle is required"), report);
        assertTrue(report.contains("the file is 1073741824 bytes; the limit is 5242880"), report);

        assertTrue(
                articleTitles("Pier Extension Winter Ferry").contains("Pier Extension Approved for the Winter Ferry"));
        assertTrue(articleTitles("Ropewalk").contains("Ropewalk Museum Reopens After Flood Repairs"));
        assertTrue(articleTitles("Tram Docks").contains("Tram Line to Reach the Old Docks"));
        assertTrue(articleTitles("Dredging basin").contains("Dredging of the inner basin starts in May"));

        Run second = ingest(
                GraphQL.EDITOR_KEY,
                "--feed-items",
                "content",
                "--no-progress",
                FIXTURES.resolve("newsroom").toString(),
                FIXTURES.resolve("archive.jsonl").toString(),
                FEED.toString(),
                FIXTURES.resolve("urls.txt").toString(),
                big.toString());
        assertEquals(1, second.exit(), "the bad items fail again");
        assertEquals(0, second.summary().created() + second.summary().alreadyIn(), "nothing already in is sent again");
        assertEquals(8, second.summary().skipped());
        assertEquals(8, second.summary().failed());
        assertEquals(before + 7, articles());
        assertEquals("", second.err().strip(), "--no-progress draws no bar");

        Run clean = ingest(
                GraphQL.EDITOR_KEY,
                "--no-progress",
                FIXTURES.resolve("newsroom/orchard-levy.txt").toString());
        assertEquals(0, clean.exit(), clean.out());
        assertEquals(1, clean.summary().skipped());
        assertFalse(Files.exists(work.resolve("failures.tsv")), "a run without failures leaves no report");
    }

    /**
     * Articles go many to a request (ingestBatch jobs, counted by the service's own job counter), each is recorded in
     * the state file as its job tells it is in, a bad line fails alone, and the next run sends nothing again.
     */
    @Test
    void articlesGoInBatchesAndEachIsRecordedAsItsJobTellsIt() throws IOException {
        String run = Long.toString(System.nanoTime());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 230; i++) {
            lines.append("{\"title\": \"Quay ")
                    .append(run)
                    .append(" part ")
                    .append(i)
                    .append("\", \"text\": \"The quay wall is repaired, Ilse Warnock said on day ")
                    .append(i)
                    .append(".\"}\n");
            if (i == 150) {
                lines.append("{\"title\": \"Cut off\n");
            }
        }
        Path archive = work.resolve("quay.jsonl");
        Files.writeString(archive, lines);
        double jobsBefore = jobs();

        Run first = ingest(GraphQL.EDITOR_KEY, "--batch", "100", archive.toString());
        assertEquals(1, first.exit(), first.out());
        assertEquals(230, first.summary().created(), first.out());
        assertEquals(1, first.summary().failed());
        assertEquals(Map.of(archive + ":152", "MALFORMED_JSON"), failureCodes());
        assertEquals(
                230,
                GraphChecks.single(
                        driver,
                        "MATCH (a:Article) WHERE a.title STARTS WITH $prefix RETURN count(a)",
                        Map.of("prefix", "Quay " + run + " part ")),
                "the graph holds this run's articles");
        assertEquals(3, jobs() - jobsBefore, 0.0, "231 lines in batches of 100 are three jobs");
        assertEquals(230, Files.readAllLines(work.resolve("state")).size(), "each article in is in the state file");
        assertTrue(first.err().contains("231/231"), "the bar reaches the end: " + first.err());

        Run again = ingest(GraphQL.EDITOR_KEY, "--batch", "100", "--no-progress", archive.toString());
        assertEquals(230, again.summary().skipped());
        assertEquals(0, again.summary().created() + again.summary().alreadyIn());
        assertEquals(3, jobs() - jobsBefore, 0.0, "nothing already in is sent again");

        Path single = work.resolve("single.json");
        Files.writeString(
                single, "{\"title\": \"Quay " + run + " alone\", \"text\": \"The crane is back, Ilse Warnock said.\"}");
        Run alone = ingest(
                GraphQL.EDITOR_KEY, "--batch-chars", "10", "--no-progress", single.toString(), archive.toString());
        assertEquals(1, alone.exit(), alone.out());
        assertEquals(1, alone.summary().created(), alone.out());
        assertEquals(230, alone.summary().skipped());
        assertEquals(3, jobs() - jobsBefore, 0.0, "an article over --batch-chars goes alone, as ingestArticle");
    }

    private double jobs() {
        // The counter is registered with the service's ingest metrics, made at their first use: none yet is none.
        var counter = registry.find("whosaid.ingest.jobs").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void withoutAKeyTheRunStopsAtTheFirstRefusal() throws IOException {
        int before = articles();
        Run run = ingest(
                null,
                "--no-progress",
                "--concurrency",
                "1",
                FIXTURES.resolve("archive.jsonl").toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("stopped before the end: UNAUTHENTICATED"), run.out());
        assertEquals(1, run.summary().failed(), "one refusal, then no more requests");
        assertEquals(before, articles());
        assertEquals(List.of("UNAUTHENTICATED"), List.copyOf(failureCodes().values()));
    }

    @Test
    void aWrongCommandLineExitsWithTwo() {
        assertEquals(
                2, ingest(GraphQL.EDITOR_KEY, "--concurrency", "many", "x.txt").exit());
        assertEquals(2, ingest(GraphQL.EDITOR_KEY).exit(), "no input");
    }
}
