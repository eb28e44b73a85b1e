package io.whosaid.graph.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.support.Neo4jLookalike;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** The embedded store is a real Neo4j on disk: what one run writes, the next run reads. */
class EmbeddedNeo4jTest {

    @Test
    void aStoreWhoseServiceStillRunsIsNotTakenFromIt(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("run"));
        Process neo4j = Neo4jLookalike.on(home);
        Process service = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(home.resolve("run/whosaid-neo4j.pid"), neo4j.pid() + " " + service.pid());
            StoreInUseException refused = assertThrows(
                    StoreInUseException.class,
                    () -> EmbeddedNeo4j.start(EmbeddedNeo4jSettings.defaults(home, libDir())));
            assertEquals(service.pid(), refused.ownerPid());
            assertTrue(neo4j.isAlive(), "the other service's Neo4j keeps running");
            assertTrue(Files.exists(home.resolve("run/whosaid-neo4j.pid")), "and its pid file stays");

            // Once that service is gone, its Neo4j is an orphan: stopped, and the store opens.
            service.destroyForcibly().waitFor();
            try (EmbeddedNeo4j started = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.defaults(home, libDir()))) {
                assertFalse(neo4j.isAlive(), "the orphan was stopped");
                assertTrue(started.isRunning());
            }
        } finally {
            neo4j.destroyForcibly();
            service.destroyForcibly();
        }
    }

    static Path libDir() {
        return Path.of(System.getProperty("whosaid.neo4j.embedded.lib-dir", "target/neo4j-lib"));
    }

    @Test
    void storeSurvivesRestartAndHardKill(@TempDir Path home) throws Exception {
        EmbeddedNeo4jSettings settings = EmbeddedNeo4jSettings.defaults(home, libDir());
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(settings);
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            driver.executableQuery("CREATE (:Probe {value: $value})")
                    .withParameters(java.util.Map.of("value", 42))
                    .execute();
            // private: no login, no way in; the password is readable by this user alone
            try (Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), org.neo4j.driver.AuthTokens.none())) {
                assertThrows(org.neo4j.driver.exceptions.AuthenticationException.class, anonymous::verifyConnectivity);
            }
            try (Driver guessing =
                    GraphDatabase.driver(neo4j.boltUri(), org.neo4j.driver.AuthTokens.basic("neo4j", "neo4j"))) {
                assertThrows(org.neo4j.driver.exceptions.AuthenticationException.class, guessing::verifyConnectivity);
            }
            assertEquals(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(home.resolve(EmbeddedCredentials.FILE)));
        }
        assertFalse(Files.exists(home.resolve("run/whosaid-neo4j.pid")), "a clean stop removes the pid file");

        EmbeddedNeo4j second = EmbeddedNeo4j.start(settings);
        try (Driver driver = GraphDatabase.driver(second.boltUri(), second.authToken())) {
            long value = driver.executableQuery("MATCH (p:Probe) RETURN p.value AS v")
                    .execute()
                    .records()
                    .get(0)
                    .get("v")
                    .asLong();
            assertEquals(42, value);
            driver.executableQuery("CREATE (:Probe {value: 43})").execute();
        }
        second.kill();
        assertTrue(Files.exists(home.resolve("run/whosaid-neo4j.pid")), "a crash leaves the pid file behind");

        try (EmbeddedNeo4j third = EmbeddedNeo4j.start(settings);
                Driver driver = GraphDatabase.driver(third.boltUri(), third.authToken())) {
            long count = driver.executableQuery("MATCH (p:Probe) RETURN count(p) AS n")
                    .execute()
                    .records()
                    .get(0)
                    .get("n")
                    .asLong();
            assertEquals(2, count, "committed writes survive a hard kill");
        }
    }
}
