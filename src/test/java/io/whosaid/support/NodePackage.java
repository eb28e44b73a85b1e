package io.whosaid.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A Node.js package under scripts/ (its package.json, package-lock.json and scripts) that a test runs against the
 * test service: copied into target/ and installed with {@code npm ci}, so the lock file pins every version. Without
 * node and npm the test is skipped with a message; a failed install fails it in CI and skips it elsewhere.
 */
public final class NodePackage {

    private NodePackage() {}

    /**
     * Installs {@code source} into {@code work} unless the same files are installed there already ({@code marker}: a
     * file of node_modules that exists once the install has run), and returns {@code work}.
     */
    public static Path install(Path source, Path work, List<String> files, String marker)
            throws IOException, InterruptedException {
        Assumptions.assumeTrue(
                runs("node", "--version") && runs("npm", "--version"),
                "node and npm are not on the PATH: skipping a test that runs " + source + " (install Node.js 20+)");
        Files.createDirectories(work);
        boolean changed = false;
        for (String file : files) {
            Path from = source.resolve(file);
            Path to = work.resolve(file);
            if (!Files.exists(to) || Files.mismatch(from, to) != -1) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                changed = true;
            }
        }
        if (!changed && Files.isRegularFile(work.resolve(marker))) {
            return work;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            String message = "npm ci of " + source + " failed (is the npm registry reachable?):\n" + output;
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return work;
    }

    private static boolean runs(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
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
