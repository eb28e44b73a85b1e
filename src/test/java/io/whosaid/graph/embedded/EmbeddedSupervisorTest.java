package io.whosaid.graph.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor restarts a Neo4j that died by itself, leaves alone one stopped on purpose, and gives up (the
 * signal for liveness DOWN) when restarts keep failing: here because Neo4j's jars are gone.
 */
class EmbeddedSupervisorTest {

    @Test
    void restartsADeadNeo4jAndGivesUpWhenItCannot(@TempDir Path home, @TempDir Path lib) throws Exception {
        // A lib folder of links to the real jars, so that the test can take Neo4j's jar away.
        try (Stream<Path> jars = Files.list(EmbeddedNeo4jTest.libDir().toAbsolutePath())) {
            for (Path jar : (Iterable<Path>) jars::iterator) {
                Files.createSymbolicLink(lib.resolve(jar.getFileName()), jar);
            }
        }
        EmbeddedNeo4jSettings settings = EmbeddedNeo4jSettings.defaults(home, lib);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(settings);
                EmbeddedSupervisor supervisor = EmbeddedSupervisor.watch(neo4j, Duration.ofMillis(200), 2)) {
            long first = neo4j.pid();
            ProcessHandle.of(first).orElseThrow().destroyForcibly();
            await(() -> supervisor.restarts() == 1, Duration.ofMinutes(3));
            assertTrue(neo4j.isRunning());
            assertNotEquals(first, neo4j.pid());
            assertFalse(supervisor.gaveUp());

            Files.delete(lib.resolve("neo4j-5.26.0.jar"));
            ProcessHandle.of(neo4j.pid()).orElseThrow().destroyForcibly();
            await(supervisor::gaveUp, Duration.ofMinutes(1));
            assertEquals(1, supervisor.restarts());
            assertFalse(neo4j.isRunning());
        }
    }

    @Test
    void leavesANeo4jStoppedOnPurposeAlone(@TempDir Path home) throws Exception {
        try (EmbeddedNeo4j neo4j =
                        EmbeddedNeo4j.start(EmbeddedNeo4jSettings.defaults(home, EmbeddedNeo4jTest.libDir()));
                EmbeddedSupervisor supervisor = EmbeddedSupervisor.watch(neo4j, Duration.ofMillis(100), 2)) {
            neo4j.kill();
            Thread.sleep(1000);
            assertFalse(neo4j.isRunning(), "a kill through the class is on purpose: no restart");
            assertEquals(0, supervisor.restarts());
        }
    }

    private static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within " + limit);
            Thread.sleep(100);
        }
    }
}
