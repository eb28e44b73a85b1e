package io.whosaid.graph.projection;

import io.whosaid.graph.projection.RelatedField.Paging;
import io.whosaid.graph.projection.RelatedField.Shape;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each field of the read model means in the graph, written once: the node properties a scalar field reads,
 * and for each related field its pattern, order, shape and paging ({@link RelatedField}). The projection compiler,
 * the prefetch, the batched loads of the field resolvers and the direct execution all read this table, so a field
 * cannot mean one thing when the root query read it and another when it was loaded later. Adding a relationship
 * is one row here and one resolver; {@code FieldTableTest} holds the table and the schema to each other.
 *
 * <p>Only this table's property names and patterns reach a query's text, so a client's field name never does.
 */
public final class FieldTable {

    private static final Set<String> ENTITIES = Set.of("Person", "Organization");
    private static final List<String> NODE = List.of();
    /** Where a connection's nodes are: {@code edges { node { ... } } }. */
    private static final List<String> EDGE_NODE = List.of("edges", "node");
    /** A quote in one of the states asked for; a quote with no status is as the extractor left it. */
    private static final String QUOTE_STATUS = "coalesce({c}.status, 'EXTRACTED') IN {statuses}";

    /**
     * What an edge says of itself (graph/EdgeProvenance): who made it, its edit, and its evidence, each span with the
     * article (and comment) it is in and the sentence read from that text. A MENTIONS edge's offsets point into the
     * text of its start node (an article, a comment); an affiliation lists the article of each span.
     */
    private static final String SPANS =
            "[i IN range(0, size(coalesce({r}.starts, [])) - 1) | {start: {r}.starts[i], " + "end: {r}.ends[i], ";

    private static final String ARTICLE_MENTION = "{madeBy: {r}.madeBy, edit: {r}.edit, count: {r}.count, evidence: "
            + SPANS + "article: {p}.id, sentence: substring({p}.text, {r}.sentenceStarts[i], "
            + "{r}.sentenceEnds[i] - {r}.sentenceStarts[i])}]}";
    private static final String COMMENT_MENTION = "{madeBy: {r}.madeBy, edit: {r}.edit, evidence: "
            + SPANS + "article: [({p})-[:ON]->(x:Article) | x.id][0], comment: {p}.id, "
            + "sentence: substring({p}.text, {r}.sentenceStarts[i], {r}.sentenceEnds[i] - {r}.sentenceStarts[i])}]}";
    private static final String AFFILIATION = "{madeBy: {r}.madeBy, edit: {r}.edit, evidence: "
            + SPANS + "article: {r}.articles[i], sentence: COLLECT { MATCH (x:Article {id: {r}.articles[i]}) "
            + "WHERE {r}.sentenceStarts[i] >= 0 "
            + "RETURN substring(x.text, {r}.sentenceStarts[i], {r}.sentenceEnds[i] - {r}.sentenceStarts[i]) }[0]}]}";
    /** A quote's speaker or subject is read from the quote: its evidence is the quote's place in its article. */
    private static final String QUOTE_LINK = "{madeBy: {r}.madeBy, edit: {r}.edit, evidence: [({p})-[:QUOTED_IN]->"
            + "(x:Article) | {article: x.id, sentence: {p}.sentence, start: {p}.start, end: {p}.end}]}";
    /** A publisher is named by the article's Source line or page metadata, which are not in its text: no offsets. */
    private static final String PUBLISHER_LINK = "{madeBy: {r}.madeBy, edit: {r}.edit, evidence: [{article: {p}.id}]}";

    // spotless:off: one row a line, so the table reads as a table
    /** The related fields, in no particular order. */
    public static final List<RelatedField> RELATED = List.of(
            related("Article", "publisher", Shape.SINGLE, "Organization", "({p})-[:PUBLISHED_BY]->({c}:Organization)", ""),
            // most mentioned first (a link an editor made may have no count); the id makes the order total, for keyset pages
            new RelatedField(Set.of("Article"), "people", Shape.PAGE, "Person", "({p})-[{r}:MENTIONS]->({c}:Person)",
                    "coalesce({r}.count, 0) DESC, {c}.name, {c}.id", Paging.PAGE, EDGE_NODE),
            related("Article", "organizations", Shape.LIST, "Organization", "({p})-[{r}:MENTIONS]->({c}:Organization)",
                    "{r}.count DESC, {c}.name"),
            // in reading order (a quote with no offsets first)
            new RelatedField(Set.of("Article"), "quotes", Shape.PAGE, "Quote", "({p})<-[:QUOTED_IN]-({c}:Quote)",
                    "coalesce({c}.start, -1), {c}.id", Paging.PAGE, EDGE_NODE, QUOTE_STATUS),
            // in thread order: 1, 1.1, 2, 3, 3.1, ...
            new RelatedField(Set.of("Article"), "comments", Shape.PAGE, "Comment", "({p})<-[:ON]-({c}:Comment)",
                    "coalesce({c}.position, -1), {c}.id", Paging.PAGE, EDGE_NODE),
            new RelatedField(Set.of("Person"), "affiliations", Shape.ROLE_LIST, "Organization",
                    "({p})-[{r}:AFFILIATED_WITH]->({c}:Organization)", "{c}.name", Paging.NONE, List.of("organization"),
                    "", AFFILIATION),
            new RelatedField(Set.of("Organization"), "affiliates", Shape.ROLE_LIST, "Person",
                    "({p})<-[{r}:AFFILIATED_WITH]-({c}:Person)", "{c}.name", Paging.NONE, List.of("person"), "", AFFILIATION),
            // the people and organizations the article mentions, with the evidence: most mentioned first
            new RelatedField(Set.of("Article"), "mentions", Shape.ROLE_LIST, "Entity",
                    "({p})-[{r}:MENTIONS]->({c}:Entity)", "{r}.count DESC, {c}.name", Paging.NONE, List.of("entity"), "",
                    ARTICLE_MENTION),
            new RelatedField(Set.of("Comment"), "mentionEdges", Shape.ROLE_LIST, "Entity",
                    "({p})-[{r}:MENTIONS]->({c}:Entity)", "{c}.name", Paging.NONE, List.of("entity"), "", COMMENT_MENTION),
            new RelatedField(ENTITIES, "said", Shape.PAGE, "Quote", "({p})-[:SAID]->({c}:Quote)", "{c}.id",
                    Paging.PAGE, EDGE_NODE, QUOTE_STATUS),
            new RelatedField(ENTITIES, "quotedAbout", Shape.PAGE, "Quote", "({p})<-[:ABOUT]-({c}:Quote)", "{c}.id",
                    Paging.PAGE, EDGE_NODE, QUOTE_STATUS),
            // who is quoted most about the entity: speakers by their number of quotes about it
            new RelatedField(ENTITIES, "topSpeakers", Shape.COUNTED_LIST, "Entity",
                    "({p})<-[:ABOUT]-(:Quote)<-[:SAID]-({c}:Entity)", "{c}.name", Paging.TOP, List.of("speaker")),
            related("Quote", "speaker", Shape.SINGLE, "Entity", "({p})<-[:SAID]-({c}:Entity)", ""),
            related("Quote", "about", Shape.LIST, "Entity", "({p})-[:ABOUT]->({c}:Entity)", "{c}.name"),
            // the same links with their provenance
            new RelatedField(Set.of("Article"), "publisherEdge", Shape.ROLE_SINGLE, "Entity",
                    "({p})-[{r}:PUBLISHED_BY]->({c}:Entity)", "{c}.id", Paging.NONE, List.of("entity"), "", PUBLISHER_LINK),
            new RelatedField(Set.of("Quote"), "speakerEdge", Shape.ROLE_SINGLE, "Entity",
                    "({p})<-[{r}:SAID]-({c}:Entity)", "{c}.id", Paging.NONE, List.of("entity"), "", QUOTE_LINK),
            new RelatedField(Set.of("Quote"), "aboutEdges", Shape.ROLE_LIST, "Entity",
                    "({p})-[{r}:ABOUT]->({c}:Entity)", "{c}.name", Paging.NONE, List.of("entity"), "", QUOTE_LINK),
            related("Quote", "article", Shape.SINGLE, "Article", "({p})-[:QUOTED_IN]->({c}:Article)", ""),
            related("Comment", "author", Shape.SINGLE, "Commenter", "({p})<-[:WROTE]-({c}:Commenter)", ""),
            related("Comment", "parent", Shape.SINGLE, "Comment", "({p})-[:REPLY_TO]->({c}:Comment)", ""),
            // in thread order
            new RelatedField(Set.of("Comment"), "replies", Shape.PAGE, "Comment", "({p})<-[:REPLY_TO]-({c}:Comment)",
                    "coalesce({c}.position, -1), {c}.id", Paging.PAGE, EDGE_NODE),
            related("Comment", "article", Shape.SINGLE, "Article", "({p})-[:ON]->({c}:Article)", ""),
            related("Comment", "mentions", Shape.LIST, "Entity", "({p})-[:MENTIONS]->({c}:Entity)", "{c}.name"),
            related("Commenter", "comments", Shape.LIST, "Comment", "({p})-[:WROTE]->({c}:Comment)", "{c}.id"));

    /**
     * The scalar fields of each node type and the node properties each reads (see {@code NodeMapper}, which
     * builds the read model's records from them).
     */
    public static final Map<String, Map<String, List<String>>> PROPERTIES = Map.of(
            "Article", fields("id", "url", "title", "subtitle", "publishedAt", "text", "editorNotes"),
            "Person", fields("id", "name", "aliases", "description", "confirmed"),
            "Organization", fields("id", "name", "aliases", "description", "kind", "confirmed"),
            "Quote", with(fields("id", "text", "kind", "cue", "confidence", "unnamedSource", "status"), "evidence", List.of("sentence", "start", "end")),
            "Comment", fields("id", "number", "text", "spam"),
            "Commenter", fields("id", "handle", "site"));
    // spotless:on

    private static final Map<String, List<String>> PROPERTIES_BY_FIELD = new LinkedHashMap<>();
    private static final Set<String> STORED = new LinkedHashSet<>();

    static {
        for (Map<String, List<String>> type : PROPERTIES.values()) {
            for (Map.Entry<String, List<String>> field : type.entrySet()) {
                List<String> earlier = PROPERTIES_BY_FIELD.putIfAbsent(field.getKey(), field.getValue());
                if (earlier != null && !earlier.equals(field.getValue())) {
                    throw new IllegalStateException(field.getKey() + " reads different properties on different types");
                }
                STORED.addAll(field.getValue());
            }
        }
    }

    private FieldTable() {}

    /** The related field {@code field} of nodes of {@code type}, or null when it has none of that name. */
    public static RelatedField related(NodeType type, String field) {
        for (RelatedField row : RELATED) {
            if (row.field().equals(field) && !java.util.Collections.disjoint(row.owners(), type.typeNames())) {
                return row;
            }
        }
        return null;
    }

    /** The related field {@code field} of the GraphQL object type {@code typeName}, or null. */
    public static RelatedField related(String typeName, String field) {
        for (RelatedField row : RELATED) {
            if (row.field().equals(field) && row.owners().contains(typeName)) {
                return row;
            }
        }
        return null;
    }

    /**
     * The properties scalar field {@code field} reads, on whichever node type has it (a field of one name reads
     * the same properties everywhere); empty for related fields and names the graph does not store.
     */
    public static List<String> properties(String field) {
        return PROPERTIES_BY_FIELD.getOrDefault(field, List.of());
    }

    /** Whether {@code property} is one a scalar field reads, so it may be written into a projection. */
    static boolean stored(String property) {
        return STORED.contains(property);
    }

    private static RelatedField related(
            String owner, String field, Shape shape, String returns, String pattern, String order) {
        return new RelatedField(Set.of(owner), field, shape, returns, pattern, order, Paging.NONE, NODE);
    }

    private static Map<String, List<String>> fields(String... names) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String name : names) {
            fields.put(name, List.of(name));
        }
        return fields;
    }

    private static Map<String, List<String>> with(
            Map<String, List<String>> fields, String field, List<String> properties) {
        fields.put(field, properties);
        return fields;
    }
}
