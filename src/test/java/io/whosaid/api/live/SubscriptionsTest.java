package io.whosaid.api.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.ingest.resolve.Ids;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.NodePackage;
import io.whosaid.support.Pause;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * Subscriptions over graphql-transport-ws with a real client: the graphql-ws package from npm (pinned by
 * scripts/live/package-lock.json, installed into target/live-client) subscribes, the test ingests and edits over
 * HTTP, and the events must arrive; the socket must keep the HTTP rules (keys, readers only, no mutations, limits).
 * Needs Node.js and npm; skipped with a message without them.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class SubscriptionsTest {

    private static final Path SOURCE = Path.of("scripts/live");
    private static final Path WORK = Path.of("target/live-client");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "subscribe.mjs");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/graphql")
    URL graphql;

    @Inject
    Driver driver;

    @BeforeAll
    static void install() throws Exception {
        NodePackage.install(SOURCE, WORK, FILES, "node_modules/graphql-ws/package.json");
    }

    @Test
    void articlesAndEditsArriveAsTheyCommit() throws Exception {
        try (Client client = Client.subscribe(
                socketUrl(),
                GraphQL.READER_KEY,
                List.of(
                        operation("subscription { articleIngested { id title publisher created } }"),
                        operation("subscription { entityChanged(ids: []) { id kind author targets } }")))) {
            client.connected();
            String title = "Tide Mill at Corrow Reopens " + System.nanoTime();
            String articleId = GraphQL.data(
                            "mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }",
                            Map.of(
                                    "t",
                                    title
                                            + "\n\nThe mill grinds again\n\nThe tide mill at Corrow reopened on Saturday, "
                                            + "its keeper, Edda Marchbank, said.\n\n“It turns with the sea,” Marchbank said.\n\n"
                                            + "Source: Corrow Gazette\n"))
                    .getString("data.ingestArticle.article.id");
            JsonNode article = client.next(
                    0,
                    line -> articleId.equals(
                            line.at("/payload/data/articleIngested/id").asText()));
            assertEquals(
                    title, article.at("/payload/data/articleIngested/title").asText());
            assertEquals(
                    "Corrow Gazette",
                    article.at("/payload/data/articleIngested/publisher").asText());
            assertTrue(article.at("/payload/data/articleIngested/created").asBoolean());

            String personId = GraphQL.data(
                            "query($id: ID!) { article(id: $id) { quotes { edges { node { speaker { ... on Person { id } } } } } } }",
                            Map.of("id", articleId))
                    .getString("data.article.quotes.edges[0].node.speaker.id");
            String editId = GraphQL.data(
                            "mutation($id: ID!) { addAlias(id: $id, alias: \"the keeper of Corrow\") { id } }",
                            Map.of("id", personId))
                    .getString("data.addAlias.id");
            JsonNode edit = client.next(
                    1,
                    line -> editId.equals(
                            line.at("/payload/data/entityChanged/id").asText()));
            assertEquals(
                    "ADD_ALIAS", edit.at("/payload/data/entityChanged/kind").asText());
            assertEquals(
                    "test-editor", edit.at("/payload/data/entityChanged/author").asText());
            List<String> targets = new ArrayList<>();
            edit.at("/payload/data/entityChanged/targets").forEach(target -> targets.add(target.asText()));
            assertTrue(targets.contains(personId), targets.toString());
        }
    }

    /**
     * The job is held while the client subscribes: the test's own transaction creates every article's node and
     * keeps them uncommitted, so each writer's batch waits on its first article's key (the service's write takes the
     * same lock; the articles are shared out among the writers) and no article of the job is done yet. The subscription must then tell the items as the job's writer thread
     * does them, after the lock is let go, and complete after DONE.
     */
    @Test
    void aJobsProgressArrivesUntilItIsDone() throws Exception {
        String run = Long.toString(System.nanoTime());
        List<Map<String, Object>> inputs = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String url = "https://progress.example/" + run + "/" + i;
            urls.add(url);
            inputs.add(Map.of(
                    "url",
                    url,
                    "json",
                    "{\"title\": \"Progress " + run + " " + i + "\", \"text\": \"The pier opens at " + i
                            + ", Petra Lindwall said.\"}"));
        }
        inputs.add(Map.of("json", "{\"title\": \"Half"));
        String jobId;
        try (Session session = driver.session();
                Transaction hold = session.beginTransaction()) {
            for (String url : urls) {
                hold.run("CREATE (:Article {id: $id})", Map.of("id", Ids.article(url, null)))
                        .consume();
            }
            jobId = GraphQL.data(
                            "mutation($inputs: [ArticleTextInput!]!) { ingestBatch(inputs: $inputs) { id } }",
                            Map.of("inputs", inputs))
                    .getString("data.ingestBatch.id");
            try (Client client = Client.subscribe(
                    socketUrl(),
                    GraphQL.READER_KEY,
                    List.of(operation(
                            "subscription($id: ID!) { ingestJobProgress(id: $id) { id state total done failed created } }",
                            Map.of("id", jobId))))) {
                client.connected();
                JsonNode first =
                        client.next(0, line -> "next".equals(line.path("type").asText()));
                assertEquals(
                        "RUNNING",
                        first.at("/payload/data/ingestJobProgress/state").asText(),
                        first.toString());
                assertTrue(
                        first.at("/payload/data/ingestJobProgress/done").asInt() <= 1,
                        "only the malformed item can be done while the write waits: " + first);
                hold.rollback();
                client.next(0, line -> "complete".equals(line.path("type").asText()));
                List<JsonNode> snapshots = client.seen(0, "next");
                assertTrue(
                        snapshots.size() >= 2, "the items done after the subscription began were told: " + snapshots);
                JsonNode last = snapshots.get(snapshots.size() - 1).at("/payload/data/ingestJobProgress");
                assertEquals(jobId, last.path("id").asText());
                assertEquals("DONE", last.path("state").asText());
                assertEquals(7, last.path("done").asInt());
                assertEquals(1, last.path("failed").asInt());
                assertEquals(6, last.path("created").asInt());
                int previous = -1;
                for (JsonNode snapshot : snapshots) {
                    int done =
                            snapshot.at("/payload/data/ingestJobProgress/done").asInt();
                    assertTrue(done > previous, "the counts only move forward: " + snapshots);
                    previous = done;
                }
            }
        }
        try (Client unknown = Client.subscribe(
                socketUrl(),
                GraphQL.READER_KEY,
                List.of(operation("subscription { ingestJobProgress(id: \"no-such-job\") { id } }")))) {
            JsonNode answer = unknown.next(
                    0,
                    line -> "next".equals(line.path("type").asText())
                            || "error".equals(line.path("type").asText()));
            assertEquals(
                    "NOT_FOUND", answer.at("/payload/errors/0/extensions/code").asText(), answer.toString());
            unknown.next(0, line -> "complete".equals(line.path("type").asText()));
        }
    }

    @Test
    void theSocketKeepsTheHttpRules() throws Exception {
        try (Client badKey = Client.subscribe(
                socketUrl(), "no-such-key", List.of(operation("subscription { articleIngested { id } }")))) {
            JsonNode end = badKey.next(
                    -1,
                    line -> line.has("event")
                            && !"connected".equals(line.path("event").asText()));
            assertFalse(
                    badKey.all().stream()
                            .anyMatch(line ->
                                    "connected".equals(line.path("event").asText())),
                    "a key the service does not know opens no socket");
            assertTrue(
                    end.toString().contains("401")
                            || end.path("event").asText().equals("closed")
                            || end.path("event").asText().equals("failed"),
                    end.toString());
        }

        int before = GraphQL.data("{ articles(first: 1) { totalCount } }").getInt("data.articles.totalCount");
        List<Map<String, Object>> operations = new ArrayList<>();
        operations.add(
                operation(
                        "mutation { ingestArticle(input: {json: \"{\\\"title\\\": \\\"By socket\\\", \\\"text\\\": \\\"Nobody said anything.\\\"}\"}) { created } }"));
        operations.add(operation("query { articles(first: 1) { totalCount } }"));
        for (int i = 0; i < 11; i++) {
            operations.add(operation("subscription { articleIngested { id } }"));
        }
        try (Client editor = Client.subscribe(socketUrl(), GraphQL.EDITOR_KEY, operations)) {
            editor.connected();
            JsonNode mutation =
                    editor.next(0, line -> "error".equals(line.path("type").asText()));
            assertEquals(
                    "OPERATION_NOT_ALLOWED",
                    mutation.at("/payload/0/extensions/code").asText());
            JsonNode query =
                    editor.next(1, line -> "error".equals(line.path("type").asText()));
            assertEquals(
                    "OPERATION_NOT_ALLOWED",
                    query.at("/payload/0/extensions/code").asText());
            JsonNode eleventh =
                    editor.next(12, line -> "error".equals(line.path("type").asText()));
            assertEquals(
                    "TOO_MANY_SUBSCRIPTIONS",
                    eleventh.at("/payload/0/extensions/code").asText());
        }
        assertEquals(
                before,
                GraphQL.data("{ articles(first: 1) { totalCount } }").getInt("data.articles.totalCount"),
                "the mutation sent over the socket wrote nothing");
    }

    private String socketUrl() {
        return graphql.toString().replaceFirst("^http", "ws");
    }

    private static Map<String, Object> operation(String query) {
        return Map.of("query", query);
    }

    private static Map<String, Object> operation(String query, Map<String, Object> variables) {
        return Map.of("query", query, "variables", variables);
    }

    /** One run of scripts/live/subscribe.mjs: its output lines as they come. */
    private static final class Client implements AutoCloseable {

        private final Process process;
        private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
        private final List<JsonNode> lines = new ArrayList<>();
        private final StringBuilder other = new StringBuilder();

        private Client(Process process) {
            this.process = process;
            Thread reader = new Thread(
                    () -> {
                        try (BufferedReader out = new BufferedReader(
                                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                            for (String line = out.readLine(); line != null; line = out.readLine()) {
                                try {
                                    incoming.add(JSON.readTree(line));
                                } catch (IOException notJson) {
                                    synchronized (other) {
                                        other.append(line).append('\n');
                                    }
                                }
                            }
                        } catch (IOException ignored) {
                            // the process ended
                        }
                    },
                    "live-client-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Client subscribe(String url, String key, List<Map<String, Object>> operations) throws IOException {
            Path file = Files.createTempFile(WORK.toAbsolutePath(), "operations", ".json");
            Files.writeString(file, JSON.writeValueAsString(operations));
            Process process = new ProcessBuilder(
                            "node",
                            "subscribe.mjs",
                            url,
                            key,
                            file.toAbsolutePath().toString())
                    .directory(WORK.toFile())
                    .redirectErrorStream(true)
                    .start();
            return new Client(process);
        }

        /** Waits until the socket is open and the subscribe messages have been read by the service. */
        void connected() throws InterruptedException {
            next(-1, line -> "connected".equals(line.path("event").asText()));
            // graphql-transport-ws does not acknowledge a subscribe message: give the service a moment to start them.
            Pause.millis(1500);
        }

        /** The next line about operation {@code op} (-1: about the connection) that matches. */
        JsonNode next(int op, Predicate<JsonNode> matching) throws InterruptedException {
            synchronized (lines) {
                for (JsonNode line : lines) {
                    if (about(line, op) && matching.test(line)) {
                        return line;
                    }
                }
            }
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode line = incoming.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                synchronized (lines) {
                    lines.add(line);
                }
                if (about(line, op) && matching.test(line)) {
                    return line;
                }
            }
            synchronized (other) {
                fail("nothing matching arrived for operation " + op + " in " + WAIT + "; lines: " + all() + "\n"
                        + other);
            }
            return null;
        }

        List<JsonNode> seen(int op, String type) {
            synchronized (lines) {
                return lines.stream()
                        .filter(line ->
                                about(line, op) && type.equals(line.path("type").asText()))
                        .toList();
            }
        }

        List<JsonNode> all() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        private static boolean about(JsonNode line, int op) {
            return op < 0 ? line.has("event") : line.path("op").asInt(-1) == op;
        }

        @Override
        public void close() {
            process.destroy();
        }
    }
}
