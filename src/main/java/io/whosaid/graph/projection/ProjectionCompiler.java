package io.whosaid.graph.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compiles the related fields a GraphQL request selected into one Cypher map projection with nested pattern
 * comprehensions and COLLECT subqueries, so a request however deeply nested is one round trip.
 *
 * <p>Only fixed fragments of this class, generated variable names ({@code n0, n1, ...}), property names from
 * {@link NodeProperties}' fixed list and generated parameter names reach the query text; every value a client sent (page sizes, offsets) is a parameter.
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
    private String project(NodeType type, String v, NodeSelection node, List<Compiled> out, int depth, List<String> hoists) {
        StringBuilder cypher = new StringBuilder("{");
        if (node.properties() == null) {
            cypher.append(".*");
        } else {
            cypher.append(".id");
            for (String property : new TreeSet<>(node.properties())) {
                if (!property.equals("id") && NodeProperties.stored(property)) {
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
                out.add(new Compiled(selection, key, shape(selection.field()), children));
                cypher.append(", ").append(key).append(": ").append(expression);
            }
        }
        return cypher.append('}').toString();
    }

    private static Compiled.Shape shape(String field) {
        return switch (field) {
            case "publisher", "speaker", "article", "author", "parent" -> Compiled.Shape.SINGLE;
            case "affiliations", "affiliates" -> Compiled.Shape.ROLE_LIST;
            case "said", "quotedAbout" -> Compiled.Shape.PAGE;
            case "topSpeakers" -> Compiled.Shape.COUNTED_LIST;
            default -> Compiled.Shape.LIST;
        };
    }

    /** The Cypher for one related field of a node, or null when the compiler does not know the field. */
    private String expression(NodeType type, String v, Selection s, List<Compiled> children, int depth, List<String> hoists) {
        String c = "n" + variables++;
        return switch (type == NodeType.PERSON || type == NodeType.ORGANIZATION ? "ENTITY:" + s.field() : type + ":" + s.field()) {
            case "ARTICLE:publisher" -> single("(" + v + ")-[:PUBLISHED_BY]->(" + c + ":Organization)", c,
                    NodeType.ORGANIZATION, s, children, depth);
            case "ARTICLE:people" -> ordered("(" + v + ")-[m" + c + ":MENTIONS]->(" + c + ":Person)",
                    c + ", m" + c, "m" + c + ".count DESC, " + c + ".name", c, NodeType.PERSON, s, children, depth);
            case "ARTICLE:organizations" -> ordered("(" + v + ")-[m" + c + ":MENTIONS]->(" + c + ":Organization)",
                    c + ", m" + c, "m" + c + ".count DESC, " + c + ".name", c, NodeType.ORGANIZATION, s, children, depth);
            case "ARTICLE:quotes" -> ordered("(" + v + ")<-[:QUOTED_IN]-(" + c + ":Quote)", c, c + ".start", c,
                    NodeType.QUOTE, s, children, depth);
            case "ARTICLE:comments" -> ordered("(" + v + ")<-[:ON]-(" + c + ":Comment)", c, c + ".position", c,
                    NodeType.COMMENT, s, children, depth);
            case "ENTITY:affiliations" -> roles("(" + v + ")-[f" + c + ":AFFILIATED_WITH]->(" + c + ":Organization)",
                    "f" + c, c, NodeType.ORGANIZATION, s, children, depth);
            case "ENTITY:affiliates" -> roles("(" + v + ")<-[f" + c + ":AFFILIATED_WITH]-(" + c + ":Person)",
                    "f" + c, c, NodeType.PERSON, s, children, depth);
            case "ENTITY:said" -> page("(" + v + ")-[:SAID]->(" + c + ":Quote)", "(" + v + ")-[:SAID]->(:Quote)",
                    c, s, children, depth);
            case "ENTITY:quotedAbout" -> page("(" + v + ")<-[:ABOUT]-(" + c + ":Quote)", "(" + v + ")<-[:ABOUT]-(:Quote)",
                    c, s, children, depth);
            case "ENTITY:topSpeakers" -> topSpeakers(v, c, s, children, depth, hoists);
            case "QUOTE:speaker" -> single("(" + v + ")<-[:SAID]-(" + c + ":Entity)", c, NodeType.ENTITY, s, children, depth);
            case "QUOTE:about" -> ordered("(" + v + ")-[:ABOUT]->(" + c + ":Entity)", c, c + ".name", c,
                    NodeType.ENTITY, s, children, depth);
            case "QUOTE:article" -> single("(" + v + ")-[:QUOTED_IN]->(" + c + ":Article)", c, NodeType.ARTICLE, s, children, depth);
            case "COMMENT:author" -> single("(" + v + ")<-[:WROTE]-(" + c + ":Commenter)", c, NodeType.COMMENTER, s, children, depth);
            case "COMMENT:parent" -> single("(" + v + ")-[:REPLY_TO]->(" + c + ":Comment)", c, NodeType.COMMENT, s, children, depth);
            case "COMMENT:replies" -> ordered("(" + v + ")<-[:REPLY_TO]-(" + c + ":Comment)", c, c + ".position", c,
                    NodeType.COMMENT, s, children, depth);
            case "COMMENT:article" -> single("(" + v + ")-[:ON]->(" + c + ":Article)", c, NodeType.ARTICLE, s, children, depth);
            case "COMMENT:mentions" -> ordered("(" + v + ")-[:MENTIONS]->(" + c + ":Entity)", c, c + ".name", c,
                    NodeType.ENTITY, s, children, depth);
            case "COMMENTER:comments" -> ordered("(" + v + ")-[:WROTE]->(" + c + ":Comment)", c, c + ".id", c,
                    NodeType.COMMENT, s, children, depth);
            default -> null;
        };
    }

    /**
     * The speakers most quoted about {@code v}. At the root node the count is count(*) in a hoisted COLLECT {}:
     * Neo4j 5 rejects an aggregation anywhere inside an expression that also holds an outer variable ("implicit
     * grouping key"), even deep in nested subqueries, but accepts it as a WITH column of its own. Below the root
     * each distinct speaker is counted with COUNT {}, which walks the quotes again per speaker.
     */
    private String topSpeakers(String v, String c, Selection s, List<Compiled> children, int depth, List<String> hoists) {
        String quotes = "quotes" + c;
        String tail = " ORDER BY " + quotes + " DESC, " + c + ".name LIMIT $" + parameter(s.limit())
                + " RETURN {count: " + quotes + ", node: " + c + " "
                + project(NodeType.ENTITY, c, s.children(), children, depth + 1, null) + "} }";
        if (hoists == null) {
            return "COLLECT { MATCH (" + v + ")<-[:ABOUT]-(:Quote)<-[:SAID]-(" + c + ":Entity) WITH DISTINCT " + c
                    + " WITH " + c + ", COUNT { (" + v + ")<-[:ABOUT]-(:Quote)<-[:SAID]-(" + c + ") } AS " + quotes + tail;
        }
        String name = "h" + c;
        hoists.add("COLLECT { MATCH (" + v + ")<-[:ABOUT]-(:Quote)<-[:SAID]-(" + c + ":Entity) WITH " + c
                + ", count(*) AS " + quotes + tail + " AS " + name);
        return name;
    }

    private String single(String pattern, String c, NodeType childType, Selection s, List<Compiled> children, int depth) {
        return "[" + pattern + " | " + c + " " + project(childType, c, s.children(), children, depth + 1, null) + "][..1]";
    }

    private String ordered(String pattern, String carried, String order, String c, NodeType childType, Selection s,
                           List<Compiled> children, int depth) {
        return "COLLECT { MATCH " + pattern + " WITH " + carried + " ORDER BY " + order + " RETURN " + c + " "
                + project(childType, c, s.children(), children, depth + 1, null) + " }";
    }

    private String roles(String pattern, String relationship, String c, NodeType childType, Selection s,
                         List<Compiled> children, int depth) {
        return "COLLECT { MATCH " + pattern + " WITH " + relationship + ", " + c + " ORDER BY " + c + ".name RETURN {role: "
                + relationship + ".role, node: " + c + " " + project(childType, c, s.children(), children, depth + 1, null)
                + "} }";
    }

    private String page(String pattern, String countPattern, String c, Selection s, List<Compiled> children, int depth) {
        String skip = parameter(s.skip());
        String limit = parameter(s.limit() + 1);
        String items = "COLLECT { MATCH " + pattern + " WITH " + c + " ORDER BY " + c + ".id SKIP $" + skip + " LIMIT $"
                + limit + " RETURN " + c + " " + project(NodeType.QUOTE, c, s.children(), children, depth + 1, null) + " }";
        String total = s.countTotal() ? "COUNT { " + countPattern + " }" : "null";
        return "{items: " + items + ", total: " + total + "}";
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
