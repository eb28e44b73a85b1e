package io.whosaid.graph.projection;

import io.whosaid.graph.Ordering;
import java.util.List;
import java.util.Set;

/**
 * One related field of the read model, as every part of the read path reads it: the projection compiler writes
 * its Cypher from {@code pattern} and {@code order}, the batched loads are that compiler run for one field, the
 * prefetch decodes its answer by {@code shape}, and the selection reader finds the nodes' selection below it at
 * {@code nodeAt}. A row of {@link FieldTable}.
 *
 * @param owners  the GraphQL object types that have the field
 * @param field   the field's name in the schema
 * @param shape   how its value is returned (a list of nodes, one node, a page, ...)
 * @param returns the GraphQL type of the nodes it returns
 * @param pattern the graph pattern from the parent {@code {p}} to the returned node {@code {c}}, with
 *                {@code {r}} the relationship whose properties the field reads or orders by
 * @param order   the order of the nodes (Cypher over {@code {c}} and {@code {r}}); empty for a single node. For a
 *                counted list, the order among speakers with the same count
 * @param paging  the arguments that choose the slice
 * @param nodeAt  the field names from this field down to the node's own selection: {@code edges, node} for a
 *                page, {@code organization} for an affiliation; empty when the field returns the nodes themselves
 * @param filter  the condition the field's {@code statuses} argument sets, over {@code {c}} and the list of states
 *                {@code {statuses}}; empty when the field takes no such argument
 * @param edge    for an {@link Shape#ROLE_LIST} or {@link Shape#ROLE_SINGLE}, the map of what the relationship {@code {r}} says of itself (who made
 *                it, its evidence), over {@code {p}}, {@code {r}}; empty for the others
 */
public record RelatedField(
        Set<String> owners,
        String field,
        Shape shape,
        String returns,
        String pattern,
        String order,
        Paging paging,
        List<String> nodeAt,
        String filter,
        String edge) {

    public RelatedField(
            Set<String> owners,
            String field,
            Shape shape,
            String returns,
            String pattern,
            String order,
            Paging paging,
            List<String> nodeAt,
            String filter) {
        this(owners, field, shape, returns, pattern, order, paging, nodeAt, filter, "");
    }

    public RelatedField(
            Set<String> owners,
            String field,
            Shape shape,
            String returns,
            String pattern,
            String order,
            Paging paging,
            List<String> nodeAt) {
        this(owners, field, shape, returns, pattern, order, paging, nodeAt, "");
    }

    public enum Shape {
        /** a list of node maps */
        LIST,
        /** a list of zero or one node map */
        SINGLE,
        /**
         * a list of {role, edge, node} maps: role is the relationship's {@code role}, edge its {@link #edge} map (or
         * null), node the node at the other end
         */
        ROLE_LIST,
        /** a list of zero or one such {role, edge, node} map: one node with what its relationship says of itself */
        ROLE_SINGLE,
        /** a map {items: [node maps], total: count or null}; items holds one more than the page when more follow */
        PAGE,
        /** a list of {count, node} maps: the distinct nodes at the pattern's end, by how many paths reach each */
        COUNTED_LIST
    }

    /** Which arguments a field takes to choose its slice. */
    public enum Paging {
        /** none: the whole list, or the one node */
        NONE,
        /** {@code first}, {@code after}, {@code last} and {@code before}: a Relay connection */
        PAGE,
        /** {@code first}: the top {@link #TOP_DEFAULT} unless given */
        TOP;

        public static final int TOP_DEFAULT = 10;
    }

    /** The pattern for a parent bound to {@code parent}, the node to {@code child}, the relationship to {@code relationship}. */
    public String pattern(String parent, String child, String relationship) {
        return pattern.replace("{p}", parent).replace("{c}", child).replace("{r}", relationship);
    }

    /** The edge map for a parent bound to {@code parent} and the relationship to {@code relationship}; "null" when none. */
    public String edge(String parent, String relationship) {
        return edge.isEmpty() ? "null" : edge.replace("{p}", parent).replace("{r}", relationship);
    }

    /** Whether the field takes {@code statuses}, the editorial states of the quotes it lists. */
    public boolean byStatus() {
        return !filter.isEmpty();
    }

    /** The filter's condition for the node bound to {@code child} and the states in the parameter {@code parameter}. */
    public String filter(String child, String parameter) {
        return filter.replace("{c}", child).replace("{statuses}", "$" + parameter);
    }

    /** The order for the node bound to {@code child} and the relationship to {@code relationship}. */
    public String order(String child, String relationship) {
        return order.replace("{c}", child).replace("{r}", relationship);
    }

    /** The order as sort keys over {@code {c}} and {@code {r}}, for keyset paging; its name is a cursor's scope. */
    public Ordering ordering() {
        return Ordering.parse(field + ":" + order, order);
    }

    /** Whether the field reads the relationship (its order or its properties), so the query carries it. */
    public boolean readsRelationship() {
        return pattern.contains("{r}");
    }

    /** The node type the field returns. */
    public NodeType returnsType() {
        return NodeType.of(returns);
    }

    /**
     * The key a field's answer is kept under for one parent: its name and arguments. The selection reader makes
     * it from the request, the field's resolver from its own arguments, so both meet on the same answer.
     */
    public String signature(Integer first, String after, Integer last, String before) {
        return signature(first, after, last, before, null);
    }

    /** The signature with the states asked for (by a field that takes {@code statuses}; null for the others). */
    public String signature(Integer first, String after, Integer last, String before, List<String> statuses) {
        String states = byStatus() ? "[statuses=" + statuses + "]" : "";
        return switch (paging) {
            case NONE -> field + states;
            case TOP -> field + "(first=" + first + ")";
            case PAGE ->
                field + "(first=" + first + ",after=" + after + ",last=" + last + ",before=" + before + ")" + states;
        };
    }
}
