package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An edge as Cytoscape.js draws it: {@code {data: {id, type, source, target, weight, supports}}}. */
public record GraphEdge(
        @Id @NonNull String id,
        @NonNull EdgeType type,
        @Id @NonNull String source,
        @Id @NonNull String target,

        @Description("How strong the edge is: the times an article mentions the entity for MENTIONS, else 1")
        int weight,

        @Description("The ids of the quotes, articles and comments the edge was read from (its ends of those kinds)")
        @NonNull
        List<@NonNull String> supports) {

    /** The fields above that say where the edge comes from: read from the graph only when selected. */
    public static final List<String> PROVENANCE = List.of("weight", "supports");
}
