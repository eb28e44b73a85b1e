package io.whosaid.graph.embedded;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the embedded Neo4j.
 *
 * @param homeDir            its home: conf/, data/ (the store), logs/, run/
 * @param libDir             the folder of Neo4j's jars (the build puts them in target/neo4j-lib)
 * @param boltPort           the loopback port for Bolt, or 0 for any free port
 * @param memory             heap, page cache and transaction memory limits
 * @param auth               whether Bolt needs a login (the password in {@link EmbeddedCredentials}' file); off only
 *                           for benchmark stores that other tools open too
 * @param transactionTimeout the server-side limit on any transaction ("30s")
 * @param startTimeout       how long to wait for Bolt to open
 * @param stopTimeout        how long a graceful stop may take before the process is killed
 */
public record EmbeddedNeo4jSettings(
        Path homeDir,
        Path libDir,
        int boltPort,
        EmbeddedMemory memory,
        boolean auth,
        String transactionTimeout,
        Duration startTimeout,
        Duration stopTimeout) {

    public static EmbeddedNeo4jSettings defaults(Path homeDir, Path libDir) {
        return new EmbeddedNeo4jSettings(
                homeDir,
                libDir,
                0,
                EmbeddedMemory.of("512m", "256m", EmbeddedMemory.AUTO, EmbeddedMemory.AUTO, 0),
                true,
                "60s",
                Duration.ofSeconds(300),
                Duration.ofSeconds(30));
    }
}
