package io.whosaid.graph.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the related fields a GraphQL request selected into one Cypher map projection with nested pattern
 * comprehensions and COLLECT subqueries, so a request however deeply nested is one round trip.
 *
 * <p>Only fixed fragments of this class, generated variable names ({@code n0, n1, ...}) and generated
 * parameter names reach the query text; every value a client sent (page sizes, offsets) is a parameter.
 * Fields it does not know are left to the resolvers' batched loads.
 */
public final class ProjectionCompiler {

    private static final int MAX_DEPTH = 12;

    private final Map<String, Object> parameters = new HashMap<>();
    private int variables;
    private int keys;

    /** Compiles the selections for nodes of {@code type} bound to {@code variable}. */
    public Projection compile(NodeType type, String variable, List<Selection> selections) {
        List<Compiled> fields = new ArrayList<>();
        String cypher = project(type, variable, selections, fields, 0);
        return new Projection(cypher, parameters, fields);
    }

    private String project(NodeType type, String v, List<Selection> selections, List<Compiled> out, int depth) {
        StringBuilder cypher = new StringBuilder("{.*, labels: labels(").append(v).append(")");
        if (depth < MAX_DEPTH) {
            for (Selection selection : selections) {
                String key = "sel" + keys++;
                List<Compiled> children = new ArrayList<>();
                String expression = expression(type, v, selection, children, depth);
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
    private String expression(NodeType type, String v, Selection s, List<Compiled> children, int depth) {
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
            // Counted per speaker with COUNT {} rather than count(*): an aggregation inside COLLECT {} may not
            // refer to the outer node, which Neo4j treats as an implicit grouping key.
            case "ENTITY:topSpeakers" -> "COLLECT { MATCH (" + v + ")<-[:ABOUT]-(:Quote)<-[:SAID]-(" + c + ":Entity) WITH DISTINCT "
                    + c + " WITH " + c + ", COUNT { (" + v + ")<-[:ABOUT]-(:Quote)<-[:SAID]-(" + c + ") } AS quotes" + c
                    + " ORDER BY quotes" + c + " DESC, " + c + ".name LIMIT $" + parameter(s.limit())
                    + " RETURN {count: quotes" + c + ", node: " + c + " "
                    + project(NodeType.ENTITY, c, s.children(), children, depth + 1) + "} }";
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

    private String single(String pattern, String c, NodeType childType, Selection s, List<Compiled> children, int depth) {
        return "[" + pattern + " | " + c + " " + project(childType, c, s.children(), children, depth + 1) + "][..1]";
    }

    private String ordered(String pattern, String carried, String order, String c, NodeType childType, Selection s,
                           List<Compiled> children, int depth) {
        return "COLLECT { MATCH " + pattern + " WITH " + carried + " ORDER BY " + order + " RETURN " + c + " "
                + project(childType, c, s.children(), children, depth + 1) + " }";
    }

    private String roles(String pattern, String relationship, String c, NodeType childType, Selection s,
                         List<Compiled> children, int depth) {
        return "COLLECT { MATCH " + pattern + " WITH " + relationship + ", " + c + " ORDER BY " + c + ".name RETURN {role: "
                + relationship + ".role, node: " + c + " " + project(childType, c, s.children(), children, depth + 1) + "} }";
    }

    private String page(String pattern, String countPattern, String c, Selection s, List<Compiled> children, int depth) {
        String skip = parameter(s.skip());
        String limit = parameter(s.limit() + 1);
        String items = "COLLECT { MATCH " + pattern + " WITH " + c + " ORDER BY " + c + ".id SKIP $" + skip + " LIMIT $"
                + limit + " RETURN " + c + " " + project(NodeType.QUOTE, c, s.children(), children, depth + 1) + " }";
        String total = s.countTotal() ? "COUNT { " + countPattern + " }" : "null";
        return "{items: " + items + ", total: " + total + "}";
    }

    private String parameter(Object value) {
        String name = "q" + parameters.size();
        parameters.put(name, value);
        return name;
    }
}
