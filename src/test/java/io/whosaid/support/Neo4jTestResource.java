package io.whosaid.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * A real Neo4j for the tests: Testcontainers' Neo4j where a Docker engine runs; elsewhere (our machines, CI)
 * the service's own embedded Neo4j on a fresh store in a temporary folder, started by the service itself.
 */
public class Neo4jTestResource implements QuarkusTestResourceLifecycleManager {

    private Neo4jContainer container;
    private Path store;

    @Override
    public Map<String, String> start() {
        if (dockerAvailable()) {
            container = new Neo4jContainer("neo4j:5.26-community").withoutAuthentication();
            container.start();
            return Map.of("neo4j.uri", container.getBoltUrl());
        }
        try {
            store = Files.createTempDirectory("whosaid-test-neo4j");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "whosaid.neo4j.embedded.data-dir", store.toString(),
                "whosaid.neo4j.embedded.lib-dir",
                        System.getProperty("whosaid.neo4j.embedded.lib-dir", "target/neo4j-lib"),
                "whosaid.neo4j.embedded.bolt-port", "0");
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
        deleteStore(store);
    }

    /** Deletes a temporary store folder and what it holds, if any. */
    static void deleteStore(Path store) {
        if (store != null) {
            try (Stream<Path> files = Files.walk(store)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary folder is harmless
            }
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}
