package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** Nodes and edges that map one to one onto Cytoscape.js elements; every edge's ends are among the nodes. */
public record Subgraph(@NonNull List<@NonNull GraphNode> nodes, @NonNull List<@NonNull GraphEdge> edges) {
}
