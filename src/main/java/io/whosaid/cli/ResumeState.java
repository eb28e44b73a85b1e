package io.whosaid.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * What earlier runs got into the graph: one line per item, its content key and the article's id, appended as each
 * item lands (so an interrupted run loses nothing). Items whose key is here are skipped without asking the service.
 * Only the keys are held in memory (64 hex characters each).
 */
final class ResumeState implements Closeable {

    private final Set<String> done = new HashSet<>();
    private final BufferedWriter out;

    ResumeState(Path file) throws IOException {
        if (Files.exists(file)) {
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                lines.map(line -> line.split("\t", 2)[0])
                        .filter(key -> !key.isBlank())
                        .forEach(done::add);
            }
        } else if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        out = Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    synchronized boolean contains(String key) {
        return key != null && done.contains(key);
    }

    synchronized void record(String key, String articleId) throws IOException {
        if (key != null && done.add(key)) {
            out.write(key + "\t" + articleId + "\n");
            out.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
