package io.whosaid.api.http;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.support.Neo4jTestResource;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the graphql-http package's own server audit (scripts/audit/graphql-http-audit.mjs) against this test server
 * and requires every MUST to pass. Needs Node.js and npm; skipped with a message without them. The package is
 * installed with {@code npm ci} (pinned by scripts/audit/package-lock.json) into target/graphql-http-audit.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class GraphQLHttpAuditTest {

    private static final Path SOURCE = Path.of("scripts/audit");
    private static final Path WORK = Path.of("target/graphql-http-audit");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "graphql-http-audit.mjs");

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void everyMustOfTheGraphqlHttpAuditPasses() throws Exception {
        Assumptions.assumeTrue(runs("node", "--version") && runs("npm", "--version"),
                "node and npm are not on the PATH: skipping the graphql-http server audit (install Node.js 18+ to run it)");
        install();
        Path results = WORK.resolve("results.json");
        Files.deleteIfExists(results);
        Process audit = new ProcessBuilder("node", "graphql-http-audit.mjs", graphql.toString(), "--json", "results.json")
                .directory(WORK.toFile()).redirectErrorStream(true).start();
        String output = new String(audit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!audit.waitFor(3, TimeUnit.MINUTES)) {
            audit.destroyForcibly();
            fail("the audit did not finish in 3 minutes:\n" + output);
        }
        System.out.println("graphql-http server audit:\n" + output);
        List<String> mustFailures = new ArrayList<>();
        List<String> otherFailures = new ArrayList<>();
        try (JsonReader reader = jsonProvider().createReader(new StringReader(Files.readString(results)))) {
            JsonArray audits = reader.readArray();
            assertFalse(audits.isEmpty(), output);
            for (JsonObject result : audits.getValuesAs(JsonObject.class)) {
                if (!"ok".equals(result.getString("status"))) {
                    String line = result.getString("id") + " " + result.getString("name") + ": " + result.get("reason");
                    (result.getString("level").equals("MUST") ? mustFailures : otherFailures).add(line);
                }
            }
        }
        assertEquals(List.of(), mustFailures, "MUST audits failed:\n" + output);
        assertEquals(0, audit.exitValue(), output);
        if (!otherFailures.isEmpty()) {
            System.out.println("SHOULD/MAY audits not met:\n  " + String.join("\n  ", otherFailures));
        }
    }

    /** npm ci into target/, once per lock file; in CI a failed install fails the test, elsewhere it skips it. */
    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        boolean changed = false;
        for (String file : FILES) {
            Path from = SOURCE.resolve(file);
            Path to = WORK.resolve(file);
            if (!Files.exists(to) || Files.mismatch(from, to) != -1) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                changed = true;
            }
        }
        if (!changed && Files.isRegularFile(WORK.resolve("node_modules/graphql-http/package.json"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(WORK.toFile()).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = npm.waitFor(5, TimeUnit.MINUTES);
        if (!finished || npm.exitValue() != 0) {
            npm.destroyForcibly();
            String message = "npm ci of scripts/audit failed (is the npm registry reachable?):\n" + output;
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
