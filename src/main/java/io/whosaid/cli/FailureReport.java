package io.whosaid.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The failed items of a run, one line each: where the item came from, the error code and the reason, separated by
 * tabs. Written as failures happen, so a long run keeps none of them in memory. A run without failures leaves no
 * report (an old one from an earlier run is removed, so it cannot be mistaken for this run's).
 */
final class FailureReport implements Closeable {

    private final Path file;
    private BufferedWriter out;
    private long count;

    FailureReport(Path file) throws IOException {
        this.file = file;
        Files.deleteIfExists(file);
    }

    synchronized void add(String label, String code, String reason) throws IOException {
        if (out == null) {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        out.write(label + "\t" + code + "\t" + oneLine(reason) + "\n");
        out.flush();
        count++;
    }

    synchronized long count() {
        return count;
    }

    Path file() {
        return file;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
