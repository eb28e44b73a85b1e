package io.whosaid.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The seed article from ../shared, where the project was born; tests that need it skip without it. */
public final class Seed {

    public static final Path PATH = Path.of("../shared/seeds/000_30becfafe9eb7f07.txt");

    private Seed() {}

    public static String text() {
        Assumptions.assumeTrue(
                Files.isRegularFile(PATH),
                "Seed article " + PATH.toAbsolutePath() + " is absent (../shared is not beside the project); skipping");
        try {
            return Files.readString(PATH, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
