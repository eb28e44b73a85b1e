package io.whosaid.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a query from {@code src/main/resources/graph/}, where every query the service runs is kept. */
public final class CypherFile {

    private CypherFile() {}

    public static String load(String name) {
        String resource = "graph/" + name + ".cypher";
        try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing query " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
