package io.whosaid.resilience;

import static io.whosaid.support.GraphChecks.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.graph.ListSizeStatistics;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The bad-input corpus ({@code src/test/resources/bad-inputs/}, listed with expected outcomes in
 * {@code cases.tsv}) sent one by one through the ingest mutation over HTTP. Each case ends in the expected
 * error code with a clear message and nothing written, or in a graph that holds exactly what the text says
 * (comment count, thread numbers, title, handles); never an HTTP 500, a stack trace, or a hang.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class BadInputCorpusTest {

    static final String INGEST =
            "mutation($text: String!) { ingestArticle(input: {text: $text}) { created article { id title } } }";
    /** A hang guard, not a performance bound: the slowest case takes a few seconds on an idle machine. */
    static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Inject
    Driver driver;

    @Inject
    ListSizeStatistics statistics;

    record Case(String file, String expect, Map<String, String> checks, String what) {
        @Override
        public String toString() {
            return file + " -> " + expect;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : resource("cases.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            Map<String, String> checks = new LinkedHashMap<>();
            for (String check : fields[2].split(";")) {
                if (!check.isBlank()) {
                    int eq = check.indexOf('=');
                    checks.put(check.substring(0, eq), check.substring(eq + 1));
                }
            }
            cases.add(new Case(fields[0], fields[1], checks, fields[3]));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputGetsAClearErrorOrACorrectGraph(Case c) {
        String text = c.file().startsWith("gen:") ? generated(c.file().substring(4)) : resource(c.file());
        long nodesBefore = single(driver, "MATCH (n) RETURN count(n)", Map.of());
        long began = System.nanoTime();
        // GraphQL.post fails on any status but 200, so a 500 (or 413) fails the case too.
        JsonPath json =
                assertTimeoutPreemptively(HANG_GUARD, () -> GraphQL.post(INGEST, GraphQL.vars("text", text)), c.what());
        long millis = (System.nanoTime() - began) / 1_000_000;
        String body = json.prettify();
        assertFalse(body.contains("\tat ") || body.contains("stackTrace"), "no stack trace in the answer: " + body);
        List<Object> errors = json.getList("errors");
        List<String> messages = json.getList("errors.message");
        assertFalse(
                messages != null && messages.stream().anyMatch(m -> m.contains("Exception")),
                "no exception names in error messages: " + body);
        if (!c.expect().equals("OK")) {
            assertTrue(errors != null && !errors.isEmpty(), c.what() + ": expected " + c.expect() + ", got " + body);
            assertEquals(c.expect(), json.getString("errors[0].extensions.code"), c.what());
            assertFalse(json.getString("errors[0].message").isBlank(), "a message says what is wrong");
            assertEquals(
                    nodesBefore,
                    single(driver, "MATCH (n) RETURN count(n)", Map.of()),
                    "a refused text writes nothing");
            return;
        }
        assertTrue(errors == null || errors.isEmpty(), c.what() + ": " + body);
        String id = json.getString("data.ingestArticle.article.id");
        assertNotNull(id);
        Map<String, Object> article = Map.of("id", id);
        for (var check : c.checks().entrySet()) {
            String expected = check.getValue();
            switch (check.getKey()) {
                case "comments" ->
                    assertEquals(
                            Long.parseLong(expected),
                            single(driver, "MATCH (:Article {id: $id})<-[:ON]-(c:Comment) RETURN count(c)", article),
                            "comments");
                case "replies" ->
                    assertEquals(
                            Long.parseLong(expected),
                            single(
                                    driver,
                                    "MATCH (:Article {id: $id})<-[:ON]-(c:Comment)-[:REPLY_TO]->(:Comment) RETURN count(c)",
                                    article),
                            "replies");
                case "numbers" ->
                    assertEquals(
                            List.of(expected.split(",")),
                            driver
                                    .executableQuery(
                                            "MATCH (:Article {id: $id})<-[:ON]-(c:Comment) RETURN c.number AS n ORDER BY c.position")
                                    .withParameters(article)
                                    .execute()
                                    .records()
                                    .stream()
                                    .map(r -> r.get("n").asString())
                                    .toList(),
                            "thread numbers in thread order");
                case "title" -> assertEquals(expected, json.getString("data.ingestArticle.article.title"), "title");
                case "handle" ->
                    assertEquals(
                            expected,
                            driver.executableQuery("""
                                MATCH (:Article {id: $id})<-[:ON]-(c:Comment)<-[:WROTE]-(w:Commenter)
                                RETURN w.handle AS h ORDER BY c.position LIMIT 1""")
                                    .withParameters(article)
                                    .execute()
                                    .records()
                                    .get(0)
                                    .get("h")
                                    .asString(),
                            "first handle");
                case "api-comments" -> {
                    long read = System.nanoTime();
                    JsonPath thread = assertTimeoutPreemptively(
                            HANG_GUARD,
                            () -> GraphQL.data(
                                    "query($id: ID!) { article(id: $id) { comments(first: 100) { totalCount"
                                            + " edges { node { number author { handle } parent { number } } } } } }",
                                    GraphQL.vars("id", id)));
                    assertEquals(
                            Integer.parseInt(expected),
                            thread.getInt("data.article.comments.totalCount"),
                            "comments read back over GraphQL");
                    assertEquals(
                            Math.min(100, Integer.parseInt(expected)),
                            thread.getList("data.article.comments.edges").size(),
                            "the first page of them");
                    System.out.printf(
                            "Bad-input corpus: %s read back over GraphQL in %d ms%n",
                            c.file(), (System.nanoTime() - read) / 1_000_000);
                }
                default -> throw new IllegalArgumentException("unknown check " + check.getKey() + " in cases.tsv");
            }
        }
        if (c.file().startsWith("gen:")) {
            System.out.printf(
                    "Bad-input corpus: %s (%d bytes) ingested in %d ms%n",
                    c.file(), text.getBytes(StandardCharsets.UTF_8).length, millis);
        }
        // A thread far longer than any other test's makes every request that lists comments costlier (lists count as
        // long as the data's longest): it goes once checked, so other test classes do not depend on this one's data.
        if (single(driver, "MATCH (:Article {id: $id})<-[:ON]-(c:Comment) RETURN count(c)", article) > 1000) {
            // In batches: 10,000 comments deleted at once are over a transaction's memory limit.
            try (Session session = driver.session()) {
                session.run(
                                "MATCH (:Article {id: $id})<-[:ON]-(c:Comment)"
                                        + " CALL (c) { DETACH DELETE c } IN TRANSACTIONS OF 1000 ROWS",
                                article)
                        .consume();
            }
            statistics.refresh();
        }
    }

    /** The cases too big to keep as files. */
    static String generated(String name) {
        return switch (name) {
            case "five-megabytes" -> {
                StringBuilder text =
                        new StringBuilder("Harbour Budget Runs Long\n\nThe full text of a very long report\n\n");
                for (int i = 0; text.length() < 5 * 1024 * 1024; i++) {
                    text.append("Paragraph ")
                            .append(i)
                            .append(" of the harbour board's report repeats what the one")
                            .append(" before it said about dredging, fees and the ferry timetable.\n\n");
                }
                yield text.toString();
            }
            case "long-line-alone" -> "harbour ".repeat(500 * 1024 / 8);
            case "long-line-body" ->
                "A Very Long Paragraph\n\n" + "the harbour board met again and ".repeat(900_000 / 32) + "\n";
            case "ten-thousand-comments" -> {
                StringBuilder text =
                        new StringBuilder("Ten Thousand Readers Weigh In\n\nThe busiest thread the site has seen\n\n"
                                + "The council's plan for the seafront drew more comments than any story before it.\n\n"
                                + "Source: The Quay Courier\n\n");
                for (int i = 1; i <= 5_000; i++) {
                    text.append("  ")
                            .append(i)
                            .append(". reader_")
                            .append(i % 97)
                            .append(" says\n\n    Comment ")
                            .append(i)
                            .append(" on the seafront plan.\n\n    1. replier_")
                            .append(i % 89)
                            .append(" says\n\n      Reply to ")
                            .append(i)
                            .append(".\n\n");
                }
                yield text.append("Leave A Reply\n").toString();
            }
            case "deep-nesting" -> {
                StringBuilder text =
                        new StringBuilder("A Thread That Only Goes Down\n\nEveryone replied to the last reply\n\n"
                                + "The story itself was two sentences long. The thread under it was not.\n\n");
                for (int depth = 0; depth < 200; depth++) {
                    String indent = "  ".repeat(depth + 1);
                    text.append(indent)
                            .append("1. nester_")
                            .append(depth % 7)
                            .append(" says\n\n")
                            .append(indent)
                            .append("  Level ")
                            .append(depth)
                            .append(" of the argument.\n\n");
                }
                yield text.toString();
            }
            default -> throw new IllegalArgumentException("no generator for gen:" + name);
        };
    }

    private static String resource(String file) {
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad-inputs/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bad-inputs/" + file + " is missing");
            }
            // Read as a client would send a file: its bytes as UTF-8, undecodable ones replaced.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
