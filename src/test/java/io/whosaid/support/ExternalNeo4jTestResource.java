package io.whosaid.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.whosaid.graph.embedded.EmbeddedNeo4j;
import io.whosaid.graph.embedded.EmbeddedNeo4jSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Neo4j the service does not own: a Neo4j server process started by the test (from the same jars the embedded one
 * uses, on a store of its own, no login), handed to the service as {@code neo4j.uri} like any external Neo4j. The
 * service neither supervises nor restarts it; the test stops, kills and starts it ({@link #neo4j()}).
 */
public class ExternalNeo4jTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile EmbeddedNeo4j neo4j;
    private Path store;

    /** The server the service was pointed at. */
    public static EmbeddedNeo4j neo4j() {
        return neo4j;
    }

    @Override
    public Map<String, String> start() {
        try {
            store = Files.createTempDirectory("whosaid-external-neo4j");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedNeo4jSettings defaults = EmbeddedNeo4jSettings.defaults(
                store, Path.of(System.getProperty("whosaid.neo4j.embedded.lib-dir", "target/neo4j-lib")));
        neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jSettings(
                defaults.homeDir(),
                defaults.libDir(),
                0,
                defaults.memory(),
                false,
                defaults.transactionTimeout(),
                defaults.startTimeout(),
                defaults.stopTimeout()));
        return Map.of("neo4j.uri", neo4j.boltUri());
    }

    @Override
    public void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
        Neo4jTestResource.deleteStore(store);
    }
}
