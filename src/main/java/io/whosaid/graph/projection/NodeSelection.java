package io.whosaid.graph.projection;

import java.util.List;
import java.util.Set;

/**
 * What a request selected on one kind of node: the node properties its scalar fields read, and its related fields.
 *
 * @param properties the node properties to return; null returns them all (a caller that does not know the
 *                   selection, such as the ingest mutation's answer)
 * @param related    the related fields, each compiled into the same query
 */
public record NodeSelection(Set<String> properties, List<Selection> related) {

    /** Every property of the node and no related field. */
    public static NodeSelection everything() {
        return new NodeSelection(null, List.of());
    }
}
