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
        noClasses()
                .that()
                .resideInAPackage("io.whosaid.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.whosaid.graph..", "io.whosaid.api..")
                .check(SERVICE);
    }

    /** The command-line client talks to a service over HTTP: it shares the readers of ingest, nothing of the service. */
    @Test
    void theClientImportsNeitherGraphNorApi() {
        noClasses()
                .that()
                .resideInAPackage("io.whosaid.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.whosaid.graph..", "io.whosaid.api..", "io.whosaid.app..")
                .check(SERVICE);
    }

    @Test
    void graphImportsNoApi() {
        noClasses()
                .that()
                .resideInAPackage("io.whosaid.graph..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.whosaid.api..")
                .check(SERVICE);
    }

    /** Only graph talks to Neo4j (its DatabaseErrors tells the API which failures were the database's limits). */
    @Test
    void theDriverIsUsedInGraphOnly() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.whosaid.graph..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.neo4j.driver..")
                .check(SERVICE);
    }

    /**
     * The API's concerns, one package each: http (GraphQL over HTTP: parsing, media types, answers), security
     * (who may), limits (how much), observation (metrics, access log, traces). Who may and how much are decided
     * without knowing the transport, so exports and subscriptions share them; observation only records.
     */
    @Test
    void securityAndLimitsDoNotDependOnTheHttpTransport() {
        noClasses()
                .that()
                .resideInAnyPackage("io.whosaid.api.security..", "io.whosaid.api.limits..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.whosaid.api.http..")
                .check(SERVICE);
    }

    @Test
    void limitsDoNotDependOnSecurity() {
        noClasses()
                .that()
                .resideInAPackage("io.whosaid.api.limits..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.whosaid.api.security..")
                .check(SERVICE);
    }

    @Test
    void observationDependsOnNoOtherConcern() {
        noClasses()
                .that()
                .resideInAPackage("io.whosaid.api.observation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.whosaid.api.http..", "io.whosaid.api.security..", "io.whosaid.api.limits..")
                .check(SERVICE);
    }
}
