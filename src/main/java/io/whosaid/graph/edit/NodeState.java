package io.whosaid.graph.edit;

import java.util.List;
import java.util.Map;

/** A node as an edit saw it: its id, every label and every property (values as the driver gives them). */
public record NodeState(String id, List<String> labels, Map<String, Object> properties) {

    public NodeState {
        labels = List.copyOf(labels);
        properties = Map.copyOf(properties);
    }

    public Object property(String name) {
        return properties.get(name);
    }

    public String string(String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        Object value = properties.get(name);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    public boolean hasLabel(String label) {
        return labels.contains(label);
    }

    /** The same node with {@code name} set to {@code value}, or removed when it is null. */
    public NodeState with(String name, Object value) {
        java.util.Map<String, Object> changed = new java.util.HashMap<>(properties);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new NodeState(id, labels, changed);
    }

    public NodeState withLabels(List<String> newLabels) {
        return new NodeState(id, newLabels, properties);
    }

    public NodeState withId(String newId) {
        return new NodeState(newId, labels, with("id", newId).properties());
    }
}
