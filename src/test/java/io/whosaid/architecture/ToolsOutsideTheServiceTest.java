package io.whosaid.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The evaluation, the benchmark and the soak live in tools/ and never in what target/quarkus-app ships: the
 * service's main classes (its jar there) hold none of their packages.
 */
class ToolsOutsideTheServiceTest {

    private static final String[] TOOL_PACKAGES = {"io.whosaid.eval..", "io.whosaid.bench..", "io.whosaid.soak.."};

    @Test
    void theServiceShipsNoToolClass() {
        JavaClasses service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.whosaid");
        assertTrue(service.containPackage("io.whosaid.ingest"), "the service's main classes were imported");
        noClasses().should().resideInAnyPackage(TOOL_PACKAGES).check(service);
    }
}
