package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A node as Cytoscape.js draws it ({@code {data: {id, type, label, …}}}), with its counts for sizing it. */
public record GraphNode(
        @Id @NonNull String id,
        @NonNull NodeKind type,
        @NonNull String label,

        @Description("How many edges the node has in the whole graph")
        int degree,

        @Description("Quotes this person or organization said (0 for other nodes)")
        int said,

        @Description("Quotes about this person or organization (0 for other nodes)")
        int quotedAbout) {

    /** The fields above that count something in the whole graph: read from the graph only when selected. */
    public static final java.util.List<String> COUNTS = java.util.List.of("degree", "said", "quotedAbout");
}
