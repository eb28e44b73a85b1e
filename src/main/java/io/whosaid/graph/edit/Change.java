package io.whosaid.graph.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one edit changes, and nothing more: in {@code before} the nodes it changes or deletes as they were and the
 * relationships it removes; in {@code after} the nodes it changes or creates as they become and the relationships it
 * adds. Undoing it is applying {@link #reversed()}.
 */
public record Change(Snapshot before, Snapshot after) {

    /** The difference between two states of the same part of the graph. */
    public static Change between(Snapshot current, Snapshot target) {
        Map<String, NodeState> was = current.nodesById();
        Map<String, NodeState> will = target.nodesById();
        List<NodeState> beforeNodes = new ArrayList<>();
        List<NodeState> afterNodes = new ArrayList<>();
        for (NodeState node : was.values()) {
            NodeState next = will.get(node.id());
            if (next == null || !same(node, next)) {
                beforeNodes.add(node);
            }
        }
        for (NodeState node : will.values()) {
            NodeState previous = was.get(node.id());
            if (previous == null || !same(previous, node)) {
                afterNodes.add(node);
            }
        }
        return new Change(
                new Snapshot(beforeNodes, minus(current.relationships(), target.relationships())),
                new Snapshot(afterNodes, minus(target.relationships(), current.relationships())));
    }

    /** This change and another of other nodes, as one. */
    public Change plus(Change other) {
        List<NodeState> beforeNodes = new ArrayList<>(before.nodes());
        beforeNodes.addAll(other.before.nodes());
        List<RelState> beforeRels = new ArrayList<>(before.relationships());
        beforeRels.addAll(other.before.relationships());
        List<NodeState> afterNodes = new ArrayList<>(after.nodes());
        afterNodes.addAll(other.after.nodes());
        List<RelState> afterRels = new ArrayList<>(after.relationships());
        afterRels.addAll(other.after.relationships());
        return new Change(new Snapshot(beforeNodes, beforeRels), new Snapshot(afterNodes, afterRels));
    }

    public Change reversed() {
        return new Change(after, before);
    }

    public boolean isEmpty() {
        return before.nodes().isEmpty()
                && after.nodes().isEmpty()
                && before.relationships().isEmpty()
                && after.relationships().isEmpty();
    }

    /** Every node id the change touches: changed, created or deleted nodes and both ends of every relationship. */
    public List<String> touchedIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Snapshot side : List.of(before, after)) {
            side.nodes().forEach(node -> ids.add(node.id()));
            side.relationships().forEach(rel -> {
                ids.add(rel.from());
                ids.add(rel.to());
            });
        }
        return List.copyOf(ids);
    }

    private static boolean same(NodeState a, NodeState b) {
        return new java.util.HashSet<>(a.labels()).equals(new java.util.HashSet<>(b.labels()))
                && Objects.equals(a.properties(), b.properties());
    }

    /** The multiset difference a - b. */
    private static List<RelState> minus(List<RelState> a, List<RelState> b) {
        Map<RelState, Integer> remaining = new HashMap<>();
        b.forEach(rel -> remaining.merge(rel, 1, Integer::sum));
        List<RelState> left = new ArrayList<>();
        for (RelState rel : a) {
            Integer count = remaining.get(rel);
            if (count != null && count > 0) {
                remaining.put(rel, count - 1);
            } else {
                left.add(rel);
            }
        }
        return left;
    }
}
