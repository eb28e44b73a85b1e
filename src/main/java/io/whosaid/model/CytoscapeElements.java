package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Cytoscape.js's {@code elements}: {@code {nodes: [{data: …}], edges: [{data: …}]}}. */
public record CytoscapeElements(
        @NonNull List<@NonNull NodeElement> nodes, @NonNull List<@NonNull EdgeElement> edges) {

    @Name("CytoscapeNode")
    public record NodeElement(@NonNull GraphNode data) {}

    @Name("CytoscapeEdge")
    public record EdgeElement(@NonNull GraphEdge data) {}
}
