package io.whosaid.graph.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Part of the graph as one edit reads or leaves it: some nodes, whole, and relationships (each with its ends' ids).
 * Relationships are a multiset: two equal ones are two relationships.
 */
public record Snapshot(List<NodeState> nodes, List<RelState> relationships) {

    public Snapshot {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }

    public static Snapshot empty() {
        return new Snapshot(List.of(), List.of());
    }

    public Map<String, NodeState> nodesById() {
        Map<String, NodeState> byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.put(node.id(), node));
        return byId;
    }

    public Optional<NodeState> node(String id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
    }

    /** Relationships of {@code type} with {@code id} at one end. */
    public List<RelState> relationships(String type, String id) {
        List<RelState> found = new ArrayList<>();
        for (RelState rel : relationships) {
            if (rel.type().equals(type) && rel.touches(id)) {
                found.add(rel);
            }
        }
        return found;
    }
}
