package io.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resume state on a real file: what one run records, the next run (a new state read from the file) skips, however
 * many items it holds, and an item never recorded is not taken for one that was.
 */
class ResumeStateTest {

    @TempDir
    Path work;

    @Test
    void whatARunRecordedTheNextRunFindsAndNothingElse() throws Exception {
        Path file = work.resolve("state");
        int items = 200_000; // past many doublings of the fingerprint table
        try (ResumeState state = new ResumeState(file)) {
            for (int i = 0; i < items; i++) {
                state.record(key(i), "article-" + i);
            }
            state.record(key(7), "article-7"); // a second landing of one item is written once
            assertEquals(items, state.size());
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(items, lines.size(), "one line per item");
        assertEquals(key(0) + "\tarticle-0", lines.get(0));

        try (ResumeState again = new ResumeState(file)) {
            assertEquals(items, again.size());
            for (int i = 0; i < items; i++) {
                assertTrue(again.contains(key(i)), "recorded item " + i);
            }
            for (int i = items; i < 2 * items; i++) {
                assertFalse(again.contains(key(i)), "never recorded: item " + i);
            }
            assertFalse(again.contains(null));
            again.record(key(items), "article-new"); // appended after what was there
        }
        assertEquals(items + 1, Files.readAllLines(file, StandardCharsets.UTF_8).size());
    }

    @Test
    void keysThatAreNotDigestsAreFingerprintedByTheirWholeText() throws Exception {
        try (ResumeState state = new ResumeState(work.resolve("sub/state"))) {
            state.record("not-a-digest-a", "a");
            assertTrue(state.contains("not-a-digest-a"));
            assertFalse(state.contains("not-a-digest-b"));
        }
    }

    private static String key(int i) {
        return ContentKey.of("text", "article number " + i);
    }
}
