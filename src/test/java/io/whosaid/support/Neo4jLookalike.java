package io.whosaid.support;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A process that looks like the embedded Neo4j of a store to whoever reads its command line (a shell waiting, with
 * Neo4j's entry point and the home folder among its arguments): the stand-in for a running service's Neo4j in tests
 * of what a second process may do with that store.
 */
public final class Neo4jLookalike {

    private Neo4jLookalike() {}

    public static Process on(Path home) throws IOException {
        return new ProcessBuilder(
                        "bash",
                        "-c",
                        "sleep 120; true",
                        "org.neo4j.server.CommunityEntryPoint",
                        "--home-dir=" + home.toAbsolutePath())
                .start();
    }
}
