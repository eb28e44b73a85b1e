package io.whosaid.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The order a connection is paged in: sort keys, each ascending or descending, the last one unique (the node's
 * id), so that a position is the key values of one item and a page is "the items after these values". Keyset
 * paging over it is stable when items are inserted or removed between page requests: no item is skipped and none
 * is shown twice, which skipping by offset cannot promise.
 *
 * <p>{@code name} says which order a cursor was made for, so a cursor of one order is not read against another.
 * Key expressions are fixed Cypher of the graph package (over {@code {c}} for related fields); values are always
 * parameters.
 */
public record Ordering(String name, List<Key> keys) {

    /** One sort key: a Cypher expression and its direction. */
    public record Key(String expression, boolean descending) {}

    public Ordering {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an ordering needs at least one key");
        }
    }

    /**
     * An ordering from Cypher order text, {@code "a.ingestedAt DESC, a.id"}: the field table's form. The last key
     * must make the order total (an id).
     */
    public static Ordering parse(String name, String order) {
        List<Key> keys = new ArrayList<>();
        for (String part : topLevelParts(order)) {
            String key = part.strip();
            boolean descending = key.toUpperCase().endsWith(" DESC");
            if (descending) {
                key = key.substring(0, key.length() - 5).strip();
            } else if (key.toUpperCase().endsWith(" ASC")) {
                key = key.substring(0, key.length() - 4).strip();
            }
            keys.add(new Key(key, descending));
        }
        return new Ordering(name, keys);
    }

    /** The comma-separated parts of an order, leaving commas inside brackets (function arguments, lists) alone. */
    private static List<String> topLevelParts(String order) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < order.length(); i++) {
            char c = order.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(order.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(order.substring(start));
        return parts;
    }

    public int size() {
        return keys.size();
    }

    /** The ORDER BY text, reversed for a page read from the end ({@code last}/{@code before}). */
    public String orderBy(boolean reversed, UnaryOperator<String> bind) {
        StringBuilder text = new StringBuilder();
        for (Key key : keys) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(bind.apply(key.expression())).append(key.descending() != reversed ? " DESC" : " ASC");
        }
        return text.toString();
    }

    /** The list of key values of the current item, returned beside it so its cursor can be made. */
    public String keyList(UnaryOperator<String> bind) {
        StringBuilder text = new StringBuilder("[");
        for (Key key : keys) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(bind.apply(key.expression()));
        }
        return text.append(']').toString();
    }

    /**
     * The condition that keeps the items strictly after ({@code after} true) or strictly before a position given
     * as parameters {@code $prefix0..n}, in this order. Written as {@code k0 >= $p0 AND (k0 > $p0 OR ...)} rather
     * than a plain OR of cases, so the first key bounds an index range seek.
     */
    public String beyond(boolean after, String prefix, UnaryOperator<String> bind) {
        return beyond(0, after, prefix, bind);
    }

    private String beyond(int index, boolean after, String prefix, UnaryOperator<String> bind) {
        Key key = keys.get(index);
        String expression = bind.apply(key.expression());
        boolean below = key.descending() == after;
        String parameter = "$" + prefix + index;
        String strict = expression + (below ? " < " : " > ") + parameter;
        if (index == keys.size() - 1) {
            return strict;
        }
        String inclusive = expression + (below ? " <= " : " >= ") + parameter;
        return "(" + inclusive + " AND (" + strict + " OR " + beyond(index + 1, after, prefix, bind) + "))";
    }

    /** The WHERE condition of a page request (true when it starts at an end), with its parameters put in {@code into}. */
    public String condition(PageRequest page, UnaryOperator<String> bind, Map<String, Object> into, String prefix) {
        List<String> conditions = new ArrayList<>();
        if (page.after() != null) {
            conditions.add(beyond(true, prefix + "a", bind));
            put(into, prefix + "a", page.after());
        }
        if (page.before() != null) {
            conditions.add(beyond(false, prefix + "b", bind));
            put(into, prefix + "b", page.before());
        }
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    /**
     * The first key's inclusive bound of a page request's position ({@code true} when it starts at an end), with the
     * parameters {@link #condition} puts, which must come with it: what an index range seek takes. Given the whole
     * condition, the planner seeks once per case of its OR and joins the seeks, reading every item past the cursor.
     */
    public String bound(PageRequest page, UnaryOperator<String> bind, String prefix) {
        Key first = keys.get(0);
        String expression = bind.apply(first.expression());
        List<String> conditions = new ArrayList<>();
        if (page.after() != null) {
            conditions.add(expression + (first.descending() ? " <= $" : " >= $") + prefix + "a0");
        }
        if (page.before() != null) {
            conditions.add(expression + (first.descending() ? " >= $" : " <= $") + prefix + "b0");
        }
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    private static void put(Map<String, Object> into, String prefix, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            into.put(prefix + i, values.get(i));
        }
    }
}
