package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Nodes and edges that map one to one onto Cytoscape.js elements; every edge's ends are among the nodes. */
public record Subgraph(
        @NonNull List<@NonNull GraphNode> nodes,
        @NonNull List<@NonNull GraphEdge> edges,

        @Description("True when the neighbourhood had more nodes than its limit and was cut off")
        boolean truncated,

        @Description("The same nodes and edges in Cytoscape.js's element format: pass it to cytoscape({elements})")
        @NonNull
        CytoscapeElements elements) {

    public static Subgraph of(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {
        return new Subgraph(
                nodes,
                edges,
                truncated,
                new CytoscapeElements(
                        nodes.stream().map(CytoscapeElements.NodeElement::new).toList(),
                        edges.stream().map(CytoscapeElements.EdgeElement::new).toList()));
    }
}
