package io.whosaid.graph;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Finds the folder of the embedded Neo4j's jars ({@code whosaid.neo4j.embedded.lib-dir}) wherever the service was
 * started from. A relative setting ({@code target/neo4j-lib}, the build's) names a folder of the project, so it is
 * looked for under the working directory first, then under each folder that holds the application's own code
 * ({@code target/quarkus-app/app/whosaid.jar} when run as {@code java -jar path/to/quarkus-run.jar},
 * {@code target/classes} in tests): {@code java -jar} from any other folder finds the same jars.
 */
public final class Neo4jLibraries {

    private Neo4jLibraries() {}

    /** The folder to use: {@code configured} itself when absolute or when no candidate holds it. */
    public static Path locate(Path configured) {
        return locate(configured, Path.of("").toAbsolutePath(), codeLocation());
    }

    static Path locate(Path configured, Path workingDirectory, Path codeLocation) {
        if (configured.isAbsolute()) {
            return configured;
        }
        Path inWorkingDirectory = workingDirectory.resolve(configured);
        if (Files.isDirectory(inWorkingDirectory)) {
            return inWorkingDirectory;
        }
        for (Path folder = codeLocation; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(configured);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return configured;
    }

    /** Where the application's classes were loaded from (a jar or a folder); null when unknown. */
    private static Path codeLocation() {
        CodeSource source = Neo4jLibraries.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
