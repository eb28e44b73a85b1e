package io.whosaid.graph.edit;

import java.util.Map;

/** A relationship as an edit saw it: its type, the ids of its start and end nodes, and its properties. */
public record RelState(String type, String from, String to, Map<String, Object> properties) {

    public RelState {
        properties = Map.copyOf(properties);
    }

    public RelState(String type, String from, String to) {
        this(type, from, to, Map.of());
    }

    /** Whether {@code id} is one of its ends. */
    public boolean touches(String id) {
        return from.equals(id) || to.equals(id);
    }

    /** The same relationship with every end {@code oldId} replaced by {@code newId}. */
    public RelState repointed(String oldId, String newId) {
        return new RelState(type, from.equals(oldId) ? newId : from, to.equals(oldId) ? newId : to, properties);
    }

    /** The end that is not {@code id}. */
    public String other(String id) {
        return from.equals(id) ? to : from;
    }
}
