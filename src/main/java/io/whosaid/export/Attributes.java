package io.whosaid.export;

import io.whosaid.model.GraphEdge;
import io.whosaid.model.GraphNode;
import java.util.List;
import java.util.function.Function;

/**
 * The columns every export format carries besides ids, ends and labels, written once here so that GraphML, GEXF,
 * CSV and Cytoscape JSON say the same: a node's type and counts, an edge's type, weight and supports.
 */
final class Attributes {

    /** A column: its name, whether it holds a whole number (else text), and its value. */
    record Attribute<T>(String name, boolean integer, Function<T, Object> value) {
        String text(T element) {
            return String.valueOf(value.apply(element));
        }
    }

    static final List<Attribute<GraphNode>> NODE = List.of(
            new Attribute<>("type", false, GraphNode::type),
            new Attribute<>("degree", true, GraphNode::degree),
            new Attribute<>("said", true, GraphNode::said),
            new Attribute<>("quotedAbout", true, GraphNode::quotedAbout));

    /** {@code supports}: the ids of the quotes, articles and comments the edge was read from, space-separated. */
    static final List<Attribute<GraphEdge>> EDGE = List.of(
            new Attribute<>("type", false, GraphEdge::type),
            new Attribute<>("weight", true, GraphEdge::weight),
            new Attribute<>("supports", false, edge -> String.join(" ", edge.supports())));

    private Attributes() {}
}
