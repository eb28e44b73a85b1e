package io.whosaid.model;

/**
 * Takes a subgraph one element at a time, every node before the first edge, so that an export can write a graph
 * of any size as it is read, holding none of it.
 */
public interface SubgraphSink {

    void node(GraphNode node);

    void edge(GraphEdge edge);

    /** A subgraph already read whole, given node by node and then edge by edge. */
    static void feed(Subgraph subgraph, SubgraphSink sink) {
        subgraph.nodes().forEach(sink::node);
        subgraph.edges().forEach(sink::edge);
    }
}
