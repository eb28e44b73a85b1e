package io.whosaid.graph.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** The embedded store is a real Neo4j on disk: what one run writes, the next run reads. */
class EmbeddedNeo4jTest {

    static Path libDir() {
        return Path.of(System.getProperty("whosaid.neo4j.embedded.lib-dir", "target/neo4j-lib"));
    }

    @Test
    void storeSurvivesRestartAndHardKill(@TempDir Path home) throws Exception {
        EmbeddedNeo4jSettings settings = EmbeddedNeo4jSettings.defaults(home, libDir());
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(settings);
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            driver.executableQuery("CREATE (:Probe {value: $value})").withParameters(java.util.Map.of("value", 42)).execute();
        }
        assertFalse(Files.exists(home.resolve("run/whosaid-neo4j.pid")), "a clean stop removes the pid file");

        EmbeddedNeo4j second = EmbeddedNeo4j.start(settings);
        try (Driver driver = GraphDatabase.driver(second.boltUri(), AuthTokens.none())) {
            long value = driver.executableQuery("MATCH (p:Probe) RETURN p.value AS v").execute()
                    .records().get(0).get("v").asLong();
            assertEquals(42, value);
            driver.executableQuery("CREATE (:Probe {value: 43})").execute();
        }
        second.kill();
        assertTrue(Files.exists(home.resolve("run/whosaid-neo4j.pid")), "a crash leaves the pid file behind");

        try (EmbeddedNeo4j third = EmbeddedNeo4j.start(settings);
             Driver driver = GraphDatabase.driver(third.boltUri(), AuthTokens.none())) {
            long count = driver.executableQuery("MATCH (p:Probe) RETURN count(p) AS n").execute()
                    .records().get(0).get("n").asLong();
            assertEquals(2, count, "committed writes survive a hard kill");
        }
    }
}
