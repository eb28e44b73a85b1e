package io.whosaid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Neo4j's jars are found from the project folder and from any other folder. */
class Neo4jLibrariesTest {

    @TempDir
    Path temp;

    @Test
    void fromAnotherFolderTheJarsAreFoundBesideTheApplication() throws IOException {
        Path project = temp.resolve("project");
        Path libraries = Files.createDirectories(project.resolve("target/neo4j-lib"));
        Path applicationJar = Files.createDirectories(project.resolve("target/quarkus-app/app"))
                .resolve("whosaid.jar");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        assertEquals(libraries, Neo4jLibraries.locate(Path.of("target/neo4j-lib"), elsewhere, applicationJar));
    }

    @Test
    void theWorkingDirectoryComesFirstAndAnAbsolutePathIsKept() throws IOException {
        Path here = temp.resolve("here");
        Path local = Files.createDirectories(here.resolve("target/neo4j-lib"));
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("target/neo4j-lib"));
        Path applicationJar = project.resolve("target/quarkus-app/app/whosaid.jar");
        assertEquals(local, Neo4jLibraries.locate(Path.of("target/neo4j-lib"), here, applicationJar));
        Path absolute = temp.resolve("somewhere/lib");
        assertEquals(absolute, Neo4jLibraries.locate(absolute, here, applicationJar));
    }

    @Test
    void aFolderFoundNowhereIsLeftAsConfigured() {
        Path missing = Path.of("no/such/lib");
        assertEquals(missing, Neo4jLibraries.locate(missing, temp, temp.resolve("app.jar")));
    }
}
