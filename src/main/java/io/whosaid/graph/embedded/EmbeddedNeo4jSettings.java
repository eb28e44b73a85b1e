package io.whosaid.graph.embedded;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the embedded Neo4j.
 *
 * @param homeDir            its home: conf/, data/ (the store), logs/, run/
 * @param libDir             the folder of Neo4j's jars (the build puts them in target/neo4j-lib)
 * @param boltPort           the loopback port for Bolt, or 0 for any free port
 * @param heap               the child JVM's maximum heap, as -Xmx takes it ("512m")
 * @param pageCache          Neo4j's page cache size ("256m")
 * @param transactionTimeout the server-side limit on any transaction ("30s")
 * @param startTimeout       how long to wait for Bolt to open
 * @param stopTimeout        how long a graceful stop may take before the process is killed
 */
public record EmbeddedNeo4jSettings(
        Path homeDir,
        Path libDir,
        int boltPort,
        String heap,
        String pageCache,
        String transactionTimeout,
        Duration startTimeout,
        Duration stopTimeout) {

    public static EmbeddedNeo4jSettings defaults(Path homeDir, Path libDir) {
        return new EmbeddedNeo4jSettings(homeDir, libDir, 0, "512m", "256m", "60s",
                Duration.ofSeconds(120), Duration.ofSeconds(30));
    }

}
