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
                    ? RootPages.page(reader, PEOPLE_PAGE, withTotal ? PEOPLE_COUNT : null, PEOPLE_BY_NAME, type, "p", Map.of(), page, selection)
                    : RootPages.page(reader, ORGANIZATIONS_PAGE, withTotal ? ORGANIZATIONS_COUNT : null, ORGANIZATIONS_BY_NAME, type, "o", Map.of(),
                            page, selection);
        }
        String lucene = LuceneQuery.phrase(name);
        if (lucene == null) {
            return new NodeRows(List.of(), List.of(), false, false, List.of(), withTotal ? 0 : null);
        }
        return RootPages.page(reader, ENTITIES_NAMED, withTotal ? ENTITIES_NAMED_COUNT : null, NAMED_BY_NAME, type, "e",
                named(label, lucene, name), page, selection);
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

    private static Map<String, Object> named(String label, String lucene, String name) {
        return Map.of("label", label, "lucene", lucene, "name", name.strip().toLowerCase());
    }
}
