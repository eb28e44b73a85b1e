package io.whosaid.graph.projection;

import java.util.List;

/**
 * A selected field compiled into the query: the key its value has in the returned map, and how to read it.
 *
 * @param selection the field
 * @param key       its key in the node's map projection
 * @param shape     how the value is shaped
 * @param children  the compiled fields of the nodes it returns
 */
public record Compiled(Selection selection, String key, Shape shape, List<Compiled> children) {

    public enum Shape {
        /** a list of node maps */
        LIST,
        /** a list of zero or one node map */
        SINGLE,
        /** a list of {role, node} maps */
        ROLE_LIST,
        /** a map {items: [node maps], total: count or null}; items holds one more than the page when more follow */
        PAGE,
        /** a list of {count, node} maps */
        COUNTED_LIST
    }
}
