package io.whosaid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The raw Cypher of the standard requests, read from {@code cypher/queries/standard/}. */
final class StandardQueries {

    private StandardQueries() {}

    static Map<StandardRequest, String> load(Path projectDir) {
        Map<StandardRequest, String> queries = new EnumMap<>(StandardRequest.class);
        for (StandardRequest request : StandardRequest.values()) {
            Path file = projectDir.resolve("cypher/queries/standard/" + request.cypherFile() + ".cypher");
            try {
                queries.put(request, Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return queries;
    }
}
