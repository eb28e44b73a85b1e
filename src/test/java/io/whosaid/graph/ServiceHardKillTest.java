package io.whosaid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Transaction;

/**
 * The service is killed hard (SIGKILL: no shutdown hook, so it cannot stop its embedded Neo4j) in the middle
 * of a write. Its Neo4j child outlives it and holds the store. The next start of the service on the same data
 * folder must stop that orphan, reopen the store, and find every committed write and nothing of the one that
 * was in flight.
 *
 * <p>The killed "service" is a JVM that starts the graph connection exactly as the service does
 * ({@link GraphConnection}: embedded Neo4j, pid file, migrations), not the packaged application, which does not
 * exist yet in the test phase; the part a hard kill can hurt is this one.
 */
class ServiceHardKillTest {

    static final int COMMITTED = 50;

    @Test
    void storeSurvivesAHardKillOfTheServiceAndReopens(@TempDir Path dataDir) throws Exception {
        Path libDir = Path.of(System.getProperty("whosaid.neo4j.embedded.lib-dir", "target/neo4j-lib"))
                .toAbsolutePath();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                StandIn.class.getName(),
                dataDir.toString(),
                libDir.toString());
        Process service = new ProcessBuilder(command).redirectErrorStream(true).start();
        Long orphanPid = null;
        try {
            List<String> output = new ArrayList<>();
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8));
            String last = assertTimeoutPreemptively(
                    Duration.ofMinutes(3),
                    () -> {
                        String line;
                        while ((line = lines.readLine()) != null && !line.startsWith("IN-FLIGHT")) {
                            output.add(line);
                        }
                        return line;
                    },
                    () -> "the stand-in service did not get to its write: " + String.join("\n", output));
            assertNotNull(last, "the stand-in service died before its write: " + String.join("\n", output));

            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Path pidFile = dataDir.resolve("run/whosaid-neo4j.pid");
            assertTrue(Files.exists(pidFile), "the killed service left its Neo4j's pid file");
            orphanPid = io.whosaid.graph.embedded.EmbeddedNeo4j.pidIn(dataDir);
            assertTrue(
                    ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false),
                    "Neo4j outlived the hard-killed service (the case the pid file is for)");

            GraphConnection restarted = connection(dataDir, libDir);
            try (Driver driver = GraphDatabase.driver(restarted.uri(), restarted.authToken())) {
                assertTrue(ProcessHandle.of(orphanPid).map(p -> !p.isAlive()).orElse(true), "the orphan was stopped");
                var record = driver.executableQuery("""
                        RETURN COUNT { (:Probe {kind: 'committed'}) } AS committed,
                               COUNT { (:Probe {kind: 'in-flight'}) } AS inFlight,
                               COUNT { (:__Migration) } AS migrations""").execute().records().get(0);
                assertEquals(COMMITTED, record.get("committed").asLong(), "every committed write survived");
                assertEquals(0, record.get("inFlight").asLong(), "nothing of the write in flight at the kill");
                assertTrue(record.get("migrations").asLong() > 0, "the schema is there, not re-created");
            } finally {
                restarted.close();
            }
        } finally {
            service.destroyForcibly();
            if (orphanPid != null) {
                // Only the Neo4j this test's service started, should the test fail before stopping it.
                ProcessHandle.of(orphanPid)
                        .filter(p -> p.info()
                                .commandLine()
                                .map(cmd -> cmd.contains(dataDir.toString()))
                                .orElse(false))
                        .ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    static GraphConnection connection(Path dataDir, Path libDir) {
        return new GraphConnection(
                Optional.empty(),
                "neo4j",
                Optional.empty(),
                dataDir,
                libDir,
                0,
                "256m",
                "128m",
                "auto",
                "auto",
                true,
                Duration.ofSeconds(1),
                3,
                8,
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                GraphMetrics.unobserved());
    }

    /** The service to kill: connects as the service does, commits some writes, then holds one open. */
    public static final class StandIn {
        public static void main(String[] args) throws Exception {
            GraphConnection connection = connection(Path.of(args[0]), Path.of(args[1]));
            try (Driver driver = GraphDatabase.driver(connection.uri(), connection.authToken())) {
                for (int i = 0; i < COMMITTED; i++) {
                    driver.executableQuery("CREATE (:Probe {kind: 'committed', n: $n})")
                            .withParameters(Map.of("n", i))
                            .execute();
                }
                var session = driver.session();
                Transaction open = session.beginTransaction();
                open.run("UNWIND range(1, 20000) AS n CREATE (:Probe {kind: 'in-flight', n: n})")
                        .consume();
                System.out.println("IN-FLIGHT");
                System.out.flush();
                Thread.sleep(Duration.ofMinutes(10).toMillis());
            }
        }
    }
}
