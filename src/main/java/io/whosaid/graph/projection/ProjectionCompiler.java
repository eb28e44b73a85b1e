package io.whosaid.graph.projection;

import io.whosaid.graph.Ordering;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Compiles the related fields a GraphQL request selected into one Cypher map projection with nested pattern
 * comprehensions and COLLECT subqueries, so a request however deeply nested is one round trip. What each field
 * reads (its pattern, order, shape) is its row of {@link FieldTable}; this class only puts the rows together.
 *
 * <p>Only fixed fragments of this class, generated variable names ({@code n0, n1, ...}), property names from
 * {@link FieldTable}'s fixed lists and generated parameter names reach the query text; every value a client sent (page sizes, offsets) is a parameter.
 * Fields it does not know are left to the resolvers' batched loads.
 */
public final class ProjectionCompiler {

    private static final int MAX_DEPTH = 12;

    private final Map<String, Object> parameters = new HashMap<>();
    private int variables;
    private int keys;

    /**
     * Compiles what is selected on nodes of {@code type} bound to {@code variable}. With {@code hoistable}, the
     * query has a {@code WITH} before its {@code RETURN} where {@link Projection#hoisted()} goes, so fields that
     * aggregate (topSpeakers) can be computed there; without, they are counted by a slower form.
     */
    public Projection compile(NodeType type, String variable, NodeSelection selection, boolean hoistable) {
        List<Compiled> fields = new ArrayList<>();
        List<String> hoists = hoistable ? new ArrayList<>() : null;
        String cypher = project(type, variable, selection, fields, 0, hoists);
        return new Projection(cypher, parameters, fields, hoists == null ? "" : joined(hoists));
    }

    /**
     * The node's map: the selected properties only (a node's text can be kilobytes no one asked for), its id
     * always (answers are kept and merged by id), its labels (they say which type an Entity is, and a node a
     * concurrent write deleted is recognised by labels without an id), then the related fields.
     *
     * @param hoists where the root node's aggregating fields are defined ({@code COLLECT {...} AS hN}) for the
     *               WITH before the query's RETURN; null below the root and where the query has no such WITH
     */
    private String project(
            NodeType type, String v, NodeSelection node, List<Compiled> out, int depth, List<String> hoists) {
        StringBuilder cypher = new StringBuilder("{");
        if (node.properties() == null) {
            cypher.append(".*");
        } else {
            cypher.append(".id");
            for (String property : new TreeSet<>(node.properties())) {
                if (!property.equals("id") && FieldTable.stored(property)) {
                    cypher.append(", .").append(property);
                }
            }
        }
        cypher.append(", labels: labels(").append(v).append(")");
        if (depth < MAX_DEPTH) {
            for (Selection selection : node.related()) {
                String key = "sel" + keys++;
                List<Compiled> children = new ArrayList<>();
                String expression = expression(type, v, selection, children, depth, hoists);
                if (expression == null) {
                    continue;
                }
                out.add(new Compiled(selection, key, FieldTable.related(type, selection.field()), children));
                cypher.append(", ").append(key).append(": ").append(expression);
            }
        }
        return cypher.append('}').toString();
    }

    /** The Cypher for one related field of a node, from its row of the field table; null when it has none. */
    private String expression(
            NodeType type, String v, Selection s, List<Compiled> children, int depth, List<String> hoists) {
        RelatedField row = FieldTable.related(type, s.field());
        if (row == null) {
            return null;
        }
        String c = "n" + variables++;
        String r = "r" + c;
        String pattern = row.pattern(v, c, r);
        NodeType child = row.returnsType();
        String carried = row.readsRelationship() ? c + ", " + r : c;
        return switch (row.shape()) {
            case SINGLE ->
                "[" + pattern + " | " + c + " " + project(child, c, s.children(), children, depth + 1, null) + "][..1]";
            case LIST ->
                "COLLECT { MATCH " + pattern + where(row, c, s) + " WITH " + carried + " ORDER BY " + row.order(c, r)
                        + " RETURN " + c + " " + project(child, c, s.children(), children, depth + 1, null) + " }";
            case ROLE_LIST, ROLE_SINGLE ->
                "COLLECT { MATCH " + pattern + " WITH " + v + ", " + carried + " ORDER BY " + row.order(c, r)
                        + " RETURN {role: " + r + ".role, edge: " + row.edge(v, r) + ", node: " + c + " "
                        + project(child, c, s.children(), children, depth + 1, null) + "} }";
            case PAGE -> page(row, pattern, v, c, r, s, children, depth);
            case COUNTED_LIST -> counted(row, pattern, c, r, s, children, depth, hoists);
        };
    }

    /**
     * The distinct nodes at the end of the pattern with the number of paths to each (topSpeakers). At the root
     * node the count is count(*) in a hoisted COLLECT {}: Neo4j 5 rejects an aggregation anywhere inside an
     * expression that also holds an outer variable ("implicit grouping key"), even deep in nested subqueries, but
     * accepts it as a WITH column of its own. Below the root each distinct node is counted with COUNT {}, which
     * walks the pattern again per node.
     */
    private String counted(
            RelatedField row,
            String pattern,
            String c,
            String r,
            Selection s,
            List<Compiled> children,
            int depth,
            List<String> hoists) {
        String count = "count" + c;
        String tail = " ORDER BY " + count + " DESC, " + row.order(c, r) + " LIMIT $" + parameter(s.limit())
                + " RETURN {count: " + count + ", node: " + c + " "
                + project(row.returnsType(), c, s.children(), children, depth + 1, null) + "} }";
        if (hoists == null) {
            return "COLLECT { MATCH " + pattern + " WITH DISTINCT " + c + " WITH " + c + ", COUNT { " + pattern
                    + " } AS " + count + tail;
        }
        String name = "h" + c;
        hoists.add("COLLECT { MATCH " + pattern + " WITH " + c + ", count(*) AS " + count + tail + " AS " + name);
        return name;
    }

    /**
     * A page of the nodes, read by keyset from the cursor's position in the field's order, one more than asked for
     * (it tells whether more follow), each with its sort key values; and their count when selected.
     */
    private String page(
            RelatedField row,
            String pattern,
            String v,
            String c,
            String r,
            Selection s,
            List<Compiled> children,
            int depth) {
        Ordering ordering = row.ordering();
        UnaryOperator<String> bind = expression -> expression.replace("{c}", c).replace("{r}", r);
        String limit = parameter(s.page().limit() + 1);
        String condition = ordering.condition(s.page(), bind, parameters, "k" + c + "_");
        if (row.byStatus()) {
            condition = row.filter(c, parameter(s.statuses())) + " AND (" + condition + ")";
        }
        String carried = row.readsRelationship() ? c + ", " + r : c;
        String items = "COLLECT { MATCH " + pattern + " WHERE " + condition + " WITH " + carried + " ORDER BY "
                + ordering.orderBy(s.page().fromEnd(), bind) + " LIMIT $" + limit + " RETURN {node: " + c + " "
                + project(row.returnsType(), c, s.children(), children, depth + 1, null) + ", key: "
                + ordering.keyList(bind) + "} }";
        String counted = "t" + c;
        String total = !s.countTotal()
                ? "null"
                : row.byStatus()
                        ? "COUNT { MATCH " + row.pattern(v, counted, "r" + counted) + where(row, counted, s) + " }"
                        : "COUNT { " + row.pattern(v, "", "") + " }";
        return "{items: " + items + ", total: " + total + "}";
    }

    /** The WHERE of a field that takes {@code statuses}, for its node bound to {@code c}; empty for the others. */
    private String where(RelatedField row, String c, Selection s) {
        return row.byStatus() ? " WHERE " + row.filter(c, parameter(s.statuses())) : "";
    }

    private static String joined(List<String> hoists) {
        StringBuilder text = new StringBuilder();
        for (String hoist : hoists) {
            text.append(", ").append(hoist);
        }
        return text.toString();
    }

    private String parameter(Object value) {
        String name = "q" + parameters.size();
        parameters.put(name, value);
        return name;
    }
}
