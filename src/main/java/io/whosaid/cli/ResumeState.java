package io.whosaid.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What earlier runs got into the graph: one line per item in the file, its content key and the article's id, appended
 * as each item lands (so an interrupted run loses nothing). Items whose key is here are skipped without asking the
 * service. In memory only a 64-bit fingerprint of each key is held ({@link Fingerprints}, 16 to 32 bytes an item, at most
 * 32 MB for a million items), not the keys (64 hex characters each, some 200 bytes an item in a set of strings).
 */
final class ResumeState implements Closeable {

    private final Fingerprints done = new Fingerprints();
    private final BufferedWriter out;

    ResumeState(Path file) throws IOException {
        if (Files.exists(file)) {
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                lines.map(line -> line.split("\t", 2)[0])
                        .filter(key -> !key.isBlank())
                        .forEach(key -> done.add(Fingerprints.of(key)));
            }
        } else if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        out = Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    synchronized boolean contains(String key) {
        return key != null && done.contains(Fingerprints.of(key));
    }

    synchronized void record(String key, String articleId) throws IOException {
        if (key != null && done.add(Fingerprints.of(key))) {
            out.write(key + "\t" + articleId + "\n");
            out.flush();
        }
    }

    /** How many items the state holds. */
    synchronized long size() {
        return done.size();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
