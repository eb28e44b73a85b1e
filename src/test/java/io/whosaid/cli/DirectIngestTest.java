package io.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import io.whosaid.graph.embedded.EmbeddedNeo4j;
import io.whosaid.graph.embedded.EmbeddedNeo4jSettings;
import io.whosaid.support.Neo4jLookalike;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code whosaid ingest --direct} run as the jar runs it (its main, in a fresh Quarkus application), on a fresh
 * embedded store and files of four formats: the run starts the service itself, the articles land in the store (read
 * back by opening the store again once the run is over), a second run skips them without starting the service, and a store held by another running
 * WhoSaid is refused in one line.
 */
@QuarkusMainTest
class DirectIngestTest {

    private static final Path NEWSROOM = Paths.get("src/test/resources/cli/newsroom");
    private static final String DATA_DIR = "whosaid.neo4j.embedded.data-dir";

    @TempDir
    Path work;

    @Test
    void directRunWritesIntoTheStoreWithoutAServiceAndASecondRunSkipsWhatIsIn(QuarkusMainLauncher launcher)
            throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(NEWSROOM.resolve("orchard-levy.txt"), in.resolve("orchard-levy.txt"));
        Files.copy(NEWSROOM.resolve("ferry-pier.json"), in.resolve("ferry-pier.json"));
        Files.copy(NEWSROOM.resolve("pages/ropewalk-museum.html"), in.resolve("ropewalk-museum.html"));
        Files.writeString(
                in.resolve("archive.jsonl"),
                "{\"title\": \"Direct Run Opens the Salt Store\", \"text\": \"The salt store at Kelby opened on "
                        + "Monday, said its keeper, Ilse Varga.\\n\\n\\u201cIt took four winters,\\u201d Varga said.\"}\n"
                        + "{\"title\": \"Direct Run Closes the Net Loft\", \"text\": \"The net loft closes in May, "
                        + "the Kelby Harbour Trust said on Tuesday.\"}\n");
        Path store = work.resolve("store");
        String[] arguments = {
            "ingest",
            "--direct",
            "--no-progress",
            "--state",
            work.resolve("state").toString(),
            "--failures",
            work.resolve("failures.tsv").toString(),
            in.toString()
        };

        LaunchResult first = launchOn(store, launcher, arguments);
        assertEquals(0, first.exitCode(), first.getOutput() + first.getErrorOutput());
        assertTrue(
                first.getOutput().contains("5 item(s): 5 created, 0 already in, 0 skipped"),
                first.getOutput() + first.getErrorOutput());

        LaunchResult second = launchOn(store, launcher, arguments);
        assertEquals(0, second.exitCode(), second.getOutput() + second.getErrorOutput());
        assertTrue(
                second.getOutput().contains("5 item(s): 0 created, 0 already in, 5 skipped"),
                second.getOutput() + second.getErrorOutput());
        assertTrue(
                second.getOutput().contains("nothing to send")
                        && second.getOutput().contains("was not started"),
                "every item is in: the second run does not start the service: " + second.getOutput());

        // The service of each run has stopped with it: the store opens again, and holds what the runs wrote.
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.defaults(store, libDir()));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            Set<String> titles =
                    driver.executableQuery("MATCH (a:Article) RETURN a.title AS title").execute().records().stream()
                            .map(r -> r.get("title").asString())
                            .collect(Collectors.toSet());
            assertEquals(
                    Set.of(
                            "Orchard Growers Reject the New Water Levy",
                            "Pier Extension Approved for the Winter Ferry",
                            "Ropewalk Museum Reopens After Flood Repairs",
                            "Direct Run Opens the Salt Store",
                            "Direct Run Closes the Net Loft"),
                    titles,
                    "exactly the five articles, once each (no sample articles either)");
            List<String> speakers = driver
                    .executableQuery("MATCH (p:Person)-[:SAID]->(:Quote)-[:QUOTED_IN]->(a:Article {title: $title}) "
                            + "RETURN p.name AS name")
                    .withParameters(Map.of("title", "Direct Run Opens the Salt Store"))
                    .execute()
                    .records()
                    .stream()
                    .map(r -> r.get("name").asString())
                    .toList();
            assertTrue(speakers.contains("Ilse Varga"), "extracted as the API extracts: " + speakers);
        }
    }

    @Test
    void aStoreInUseByARunningServiceIsRefusedInOneLine(QuarkusMainLauncher launcher) throws Exception {
        Path store = work.resolve("busy-store");
        Files.createDirectories(store.resolve("run"));
        Process neo4j = Neo4jLookalike.on(store);
        Process service = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(store.resolve("run/whosaid-neo4j.pid"), neo4j.pid() + " " + service.pid());
            Path article = Files.copy(NEWSROOM.resolve("orchard-levy.txt"), work.resolve("orchard-levy.txt"));

            LaunchResult run = launchOn(store, launcher, "ingest", "--direct", "--no-progress", article.toString());

            assertEquals(3, run.exitCode(), run.getOutput() + run.getErrorOutput());
            assertTrue(
                    run.getErrorOutput().contains("is in use by another WhoSaid process (pid " + service.pid() + ")"),
                    run.getErrorOutput());
            assertTrue(!run.getErrorOutput().contains("\tat "), "no stack trace: " + run.getErrorOutput());
            assertTrue(neo4j.isAlive(), "the running service's Neo4j is left alone");
        } finally {
            neo4j.destroyForcibly();
            service.destroyForcibly();
        }
    }

    private static LaunchResult launchOn(Path store, QuarkusMainLauncher launcher, String... arguments) {
        System.setProperty(DATA_DIR, store.toString());
        try {
            return launcher.launch(arguments);
        } finally {
            System.clearProperty(DATA_DIR);
        }
    }

    private static Path libDir() {
        return Path.of(System.getProperty("whosaid.neo4j.embedded.lib-dir", "target/neo4j-lib"));
    }
}
