package io.whosaid.graph;

import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The people and organizations connections, all or by name. */
@ApplicationScoped
public class EntityReader {

    private static final String PEOPLE_PAGE = CypherFile.load("read/people-page");
    private static final String PEOPLE_COUNT = CypherFile.load("read/people-count");
    private static final String ORGANIZATIONS_PAGE = CypherFile.load("read/organizations-page");
    private static final String ORGANIZATIONS_COUNT = CypherFile.load("read/organizations-count");
    private static final String ENTITIES_NAMED = CypherFile.load("read/entities-named");
    private static final String ENTITIES_NAMED_COUNT = CypherFile.load("read/entities-named-count");

    /** By name, then id; the orders of the people, organizations and named pages (their Cypher names the node). */
    public static final Ordering PEOPLE_BY_NAME = Ordering.parse("people:name", "p.name, p.id");

    public static final Ordering ORGANIZATIONS_BY_NAME = Ordering.parse("organizations:name", "o.name, o.id");
    public static final Ordering NAMED_BY_NAME = Ordering.parse("named:name", "e.name, e.id");

    private static final String ANCHOR_NAME = CypherFile.load("read/entities/anchor-name");
    private static final String ANCHOR_ALL = CypherFile.load("read/entities/anchor-all");
    private static final String FILTERS = CypherFile.load("read/entities/filters");
    private static final String PAGE_TAIL = CypherFile.load("read/entities/page-tail");
    private static final String COUNT_TAIL = CypherFile.load("read/entities/count-tail");

    /** The sort keys of a filtered page by field (over {@code e}); the last ones make the order total. */
    private static final Map<String, String> FILTERED_KEYS = Map.of(
            "NAME", "e.name {DIR}, e.id {DIR}",
            "QUOTES", "COUNT { (e)-[:SAID]->(:Quote) } {DIR}, e.name {REV}, e.id {REV}",
            "RELEVANCE",
                    "CASE WHEN e.nameKeys STARTS WITH $relevance THEN 2 WHEN e.nameKeys CONTAINS $relevance THEN 1"
                            + " ELSE 0 END {DIR}, e.name {REV}, e.id {REV}");

    private final GraphReader reader;

    public EntityReader(GraphReader reader) {
        this.reader = reader;
    }

    /** The order a page of {@link #entities} is in: by name, all of the label or those named {@code name}. */
    public static Ordering ordering(String label, String name) {
        if (name != null) {
            return NAMED_BY_NAME;
        }
        return label.equals("Person") ? PEOPLE_BY_NAME : ORGANIZATIONS_BY_NAME;
    }

    /** People or organizations, all or those with a name or alias equal to {@code name} (ignoring case). */
    public NodeRows entities(String label, String name, PageRequest page, NodeSelection selection, boolean withTotal) {
        NodeType type = label.equals("Person") ? NodeType.PERSON : NodeType.ORGANIZATION;
        if (name == null) {
            return label.equals("Person")
                    ? RootPages.page(
                            reader,
                            PEOPLE_PAGE,
                            withTotal ? PEOPLE_COUNT : null,
                            PEOPLE_BY_NAME,
                            type,
                            "p",
                            Map.of(),
                            page,
                            selection)
                    : RootPages.page(
                            reader,
                            ORGANIZATIONS_PAGE,
                            withTotal ? ORGANIZATIONS_COUNT : null,
                            ORGANIZATIONS_BY_NAME,
                            type,
                            "o",
                            Map.of(),
                            page,
                            selection);
        }
        String lucene = LuceneQuery.phrase(name);
        if (lucene == null) {
            return new NodeRows(List.of(), List.of(), false, false, List.of(), withTotal ? 0 : null);
        }
        return RootPages.page(
                reader,
                ENTITIES_NAMED,
                withTotal ? ENTITIES_NAMED_COUNT : null,
                NAMED_BY_NAME,
                type,
                "e",
                named(label, lucene, name),
                page,
                selection);
    }

    public int countEntities(String label, String name) {
        if (name == null) {
            return RootPages.count(reader, label.equals("Person") ? PEOPLE_COUNT : ORGANIZATIONS_COUNT, Map.of());
        }
        String lucene = LuceneQuery.phrase(name);
        if (lucene == null) {
            return 0;
        }
        return RootPages.count(reader, ENTITIES_NAMED_COUNT, named(label, lucene, name));
    }

    /**
     * The order of a filtered page: {@code field} NAME, QUOTES or RELEVANCE, the ties by name (A to Z when the main
     * key descends), then id.
     */
    public static Ordering filteredOrdering(String label, String field, boolean descending) {
        String keys = FILTERED_KEYS
                .get(field)
                .replace("{DIR}", descending ? "DESC" : "ASC")
                .replace("{REV}", descending ? "ASC" : "DESC");
        return Ordering.parse(label.toLowerCase() + ":filtered:" + field + (descending ? ":desc" : ":asc"), keys);
    }

    /** People or organizations that pass {@code filter}, in {@code ordering} (one of {@link #filteredOrdering}). */
    public NodeRows filtered(
            String label,
            EntityFilter filter,
            Ordering ordering,
            PageRequest page,
            NodeSelection selection,
            boolean withTotal) {
        NodeType type = label.equals("Person") ? NodeType.PERSON : NodeType.ORGANIZATION;
        String anchor = anchor(label, filter);
        return RootPages.page(
                reader,
                anchor + FILTERS + PAGE_TAIL,
                withTotal ? anchor + FILTERS + COUNT_TAIL : null,
                ordering,
                type,
                "e",
                filterParameters(label, filter),
                page,
                selection);
    }

    public int countFiltered(String label, EntityFilter filter) {
        return RootPages.count(reader, anchor(label, filter) + FILTERS + COUNT_TAIL, filterParameters(label, filter));
    }

    /** The index seek a name filter allows (the most selective text given), else the label. */
    private static String anchor(String label, EntityFilter filter) {
        return (filter.byName() ? ANCHOR_NAME : ANCHOR_ALL) + "\n";
    }

    private static Map<String, Object> filterParameters(String label, EntityFilter filter) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("label", label);
        String startsWith = filter.startsWith() == null ? null : NameKeys.prefixNeedle(filter.startsWith());
        String contains = filter.contains() == null ? null : NameKeys.key(filter.contains());
        String alias = filter.alias() == null ? null : NameKeys.wholeNeedle(filter.alias());
        parameters.put("startsWith", startsWith);
        parameters.put("contains", contains);
        parameters.put("alias", alias);
        parameters.put("affiliatedWithIds", filter.affiliatedWithIds());
        parameters.put("anchor", alias != null ? alias : startsWith != null ? startsWith : contains);
        String typed = filter.startsWith() != null
                ? filter.startsWith()
                : filter.contains() != null ? filter.contains() : filter.alias();
        parameters.put("relevance", typed == null ? null : NameKeys.prefixNeedle(typed));
        return parameters;
    }

    private static Map<String, Object> named(String label, String lucene, String name) {
        return Map.of("label", label, "lucene", lucene, "name", name.strip().toLowerCase());
    }
}
