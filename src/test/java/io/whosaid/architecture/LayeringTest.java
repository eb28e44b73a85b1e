package io.whosaid.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of the service's own code (tests and tools aside): ingest is pure Java, graph owns the database,
 * api is GraphQL over graph.
 */
class LayeringTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.whosaid");

    @Test
    void ingestImportsNeitherGraphNorApi() {
        noClasses().that().resideInAPackage("io.whosaid.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.whosaid.graph..", "io.whosaid.api..")
                .check(SERVICE);
    }

    /** The command-line client talks to a service over HTTP: it shares the readers of ingest, nothing of the service. */
    @Test
    void theClientImportsNeitherGraphNorApi() {
        noClasses().that().resideInAPackage("io.whosaid.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.whosaid.graph..", "io.whosaid.api..", "io.whosaid.app..")
                .check(SERVICE);
    }

    @Test
    void graphImportsNoApi() {
        noClasses().that().resideInAPackage("io.whosaid.graph..")
                .should().dependOnClassesThat().resideInAPackage("io.whosaid.api..")
                .check(SERVICE);
    }

    /**
     * Only graph talks to Neo4j. One exception is known and named: api/security's DatabaseErrors recognises a
     * Neo4j timeout by its status code; it moves when api/security is split (issue 16).
     */
    @Test
    void theDriverIsUsedInGraphOnly() {
        noClasses().that().resideOutsideOfPackage("io.whosaid.graph..")
                .and().doNotHaveFullyQualifiedName("io.whosaid.api.security.DatabaseErrors")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j.driver..")
                .check(SERVICE);
    }
}
