package io.whosaid.api.observation;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The operation names metrics are labelled with, kept to a bounded set: clients choose the names, and every
 * distinct label value is a series in Prometheus. A named operation is labelled with its name, an unnamed one with
 * "anonymous:" and its first root field (so that unnamed queries still tell apart). The first {@code capacity}
 * distinct labels are kept as they are; later new ones, and names that are long or not GraphQL names, are
 * labelled "other".
 */
public final class OperationLabels {

    static final String UNKNOWN = "unknown";
    static final String OTHER = "other";
    static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z:]*");

    private final int capacity;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public OperationLabels(int capacity) {
        this.capacity = capacity;
    }

    /** The operation's name, or "anonymous:" and its first root field; at most {@link #MAX_LENGTH} characters. */
    public static String nameOf(OperationDefinition operation) {
        if (operation == null) {
            return UNKNOWN;
        }
        String name = operation.getName();
        if (name == null) {
            name = "anonymous";
            for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
                if (selection instanceof Field field) {
                    name = "anonymous:" + field.getName();
                    break;
                }
            }
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) + "…" : name;
    }

    String bounded(String name) {
        if (known.contains(name)) {
            return name;
        }
        if (name.length() > MAX_LENGTH || !NAME.matcher(name).matches()) {
            return OTHER;
        }
        synchronized (known) {
            if (known.size() >= capacity) {
                return OTHER;
            }
            known.add(name);
        }
        return name;
    }

    public static String typeOf(OperationDefinition operation) {
        return operation == null ? UNKNOWN : operation.getOperation().name().toLowerCase(java.util.Locale.ROOT);
    }
}
