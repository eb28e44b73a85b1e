package io.whosaid.graph.projection;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which node properties a scalar field of the schema reads. Only these names ever reach a query's text, so a
 * client's field name is never written into Cypher: an unknown name reads nothing.
 */
public final class NodeProperties {

    /** Every property a read model record is built from (see {@code NodeMapper}). */
    private static final Set<String> STORED = Set.of("id", "url", "title", "subtitle", "publishedAt", "text",
            "editorNotes", "name", "aliases", "description", "kind", "cue", "sentence", "start", "end", "confidence", "unnamedSource",
            "number", "spam", "handle", "site");

    /** Schema fields whose value is built from properties of other names. */
    private static final Map<String, List<String>> COMPOSED = Map.of("evidence", List.of("sentence", "start", "end"));

    private NodeProperties() {
    }

    /** The properties field {@code field} reads; empty for related fields and names the graph does not store. */
    public static List<String> of(String field) {
        List<String> composed = COMPOSED.get(field);
        if (composed != null) {
            return composed;
        }
        return STORED.contains(field) ? List.of(field) : List.of();
    }

    static boolean stored(String property) {
        return STORED.contains(property);
    }
}
