package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Every shortest connection between two nodes: each path in order, and all their nodes and edges to draw at once. */
public record ShortestPaths(
        @Description("The nodes and edges of all the paths together (truncated: there were more paths than the limit)")
        @NonNull
        Subgraph graph,

        @Description(
                "Each path from fromId to toId, as the ids of its nodes and edges in order (edges are graph.edges)")
        @NonNull
        List<@NonNull PathSteps> paths) {

    /** One path: its node ids from one end to the other, and the ids of the edges between them, in the same order. */
    public record PathSteps(
            @NonNull List<@NonNull String> nodes, @NonNull List<@NonNull String> edges) {}
}
