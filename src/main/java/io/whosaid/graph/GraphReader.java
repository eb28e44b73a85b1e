package io.whosaid.graph;

import io.whosaid.model.Node;
import io.whosaid.model.SearchHit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import io.whosaid.graph.projection.Projection;
import io.whosaid.graph.projection.ProjectionCompiler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * Every read the API does. Each method is one query in a read transaction (routed to a reader in a cluster);
 * the relation loads take the ids of many parents at once, so a nested GraphQL request costs one query per
 * level, never one per parent.
 */
@ApplicationScoped
public class GraphReader {

    private static final Logger LOG = Logger.getLogger(GraphReader.class);
    private static final SessionConfig READ_SESSION = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private static final String ARTICLES_BY_ID = CypherFile.load("read/articles-by-id");
    private static final String ENTITIES_BY_ID = CypherFile.load("read/entities-by-id");
    private static final String QUOTES_BY_ID = CypherFile.load("read/quotes-by-id");
    private static final String COMMENTS_BY_ID = CypherFile.load("read/comments-by-id");
    private static final String COMMENTERS_BY_ID = CypherFile.load("read/commenters-by-id");
    private static final String ARTICLES_PAGE = CypherFile.load("read/articles-page");
    private static final String ARTICLES_COUNT = CypherFile.load("read/articles-count");
    private static final String PEOPLE_PAGE = CypherFile.load("read/people-page");
    private static final String PEOPLE_COUNT = CypherFile.load("read/people-count");
    private static final String ORGANIZATIONS_PAGE = CypherFile.load("read/organizations-page");
    private static final String ORGANIZATIONS_COUNT = CypherFile.load("read/organizations-count");
    private static final String ENTITIES_NAMED = CypherFile.load("read/entities-named");
    private static final String ENTITIES_NAMED_COUNT = CypherFile.load("read/entities-named-count");
    private static final String SAID_PAGE = CypherFile.load("read/entity-said-page");
    private static final String SAID_COUNT = CypherFile.load("read/entity-said-count");
    private static final String ABOUT_PAGE = CypherFile.load("read/entity-quoted-about-page");
    private static final String ABOUT_COUNT = CypherFile.load("read/entity-quoted-about-count");
    private static final String TOP_SPEAKERS = CypherFile.load("read/entity-top-speakers");
    private static final String SEARCH = CypherFile.load("read/search");
    private static final String QUOTES_PAGE_TAIL = CypherFile.load("read/quotes/page-tail");
    private static final String QUOTES_COUNT_TAIL = CypherFile.load("read/quotes/count-tail");
    private static final Map<String, String> QUOTE_ANCHORS = Map.of(
            "text", CypherFile.load("read/quotes/anchor-text"),
            "speaker", CypherFile.load("read/quotes/anchor-speaker"),
            "about", CypherFile.load("read/quotes/anchor-about"),
            "article", CypherFile.load("read/quotes/anchor-article"),
            "all", CypherFile.load("read/quotes/anchor-all"));

    private final Driver driver;
    private final GraphAvailability availability;
    private final TransactionConfig readConfig;
    private final RetryPolicy readPolicy;
    private final AtomicLong queries = new AtomicLong();

    public GraphReader(Driver driver, GraphAvailability availability,
                       @ConfigProperty(name = "whosaid.neo4j.read-timeout", defaultValue = "10s") Duration timeout,
                       @ConfigProperty(name = "whosaid.neo4j.max-retry-time", defaultValue = "1s") Duration retryWindow) {
        this.driver = driver;
        this.readPolicy = RetryPolicy.reads(retryWindow);
        this.availability = availability;
        this.readConfig = TransactionConfig.builder().withTimeout(timeout).build();
    }

    public enum Kind { ARTICLE, ENTITY, QUOTE, COMMENT, COMMENTER }

    /** The nodes of one kind with the given ids, by id; unknown ids are absent. */
    public Map<String, Node> byIds(Kind kind, List<String> ids) {
        Map<String, Node> nodes = new HashMap<>();
        NodeRows rows = byIds(kind, ids, NodeSelection.everything());
        for (Map<String, Object> row : rows.rows()) {
            nodes.put(row.get("id").toString(), NodeMapper.node(row));
        }
        return nodes;
    }

    /** The nodes of one kind with the given ids, in the order of the ids, with the selected related fields. */
    public NodeRows byIds(Kind kind, List<String> ids, NodeSelection selection) {
        String query = switch (kind) {
            case ARTICLE -> ARTICLES_BY_ID;
            case ENTITY -> ENTITIES_BY_ID;
            case QUOTE -> QUOTES_BY_ID;
            case COMMENT -> COMMENTS_BY_ID;
            case COMMENTER -> COMMENTERS_BY_ID;
        };
        String variable = switch (kind) {
            case ARTICLE -> "a";
            case ENTITY -> "e";
            case QUOTE -> "q";
            case COMMENT -> "c";
            case COMMENTER -> "w";
        };
        NodeType type = switch (kind) {
            case ARTICLE -> NodeType.ARTICLE;
            case ENTITY -> NodeType.ENTITY;
            case QUOTE -> NodeType.QUOTE;
            case COMMENT -> NodeType.COMMENT;
            case COMMENTER -> NodeType.COMMENTER;
        };
        Projection projection = new ProjectionCompiler().compile(type, variable, selection, true);
        Map<String, Object> parameters = new HashMap<>(projection.parameters());
        parameters.put("ids", ids);
        List<Map<String, Object>> rows = new ArrayList<>();
        String compiled = query.replace("{HOIST}", projection.hoisted()).replace("{PROJECTION}", projection.cypher());
        for (Record record : read(compiled, parameters)) {
            existing(record.get("node").asMap()).ifPresent(rows::add);
        }
        return new NodeRows(rows, 0, false, projection.fields(), null);
    }

    /** A page of articles; with {@code withTotal} the count of all articles comes in the same query. */
    public NodeRows articles(PageRequest page, NodeSelection selection, boolean withTotal) {
        return page(ARTICLES_PAGE, withTotal ? ARTICLES_COUNT : null, NodeType.ARTICLE, "a", Map.of(), page, selection);
    }

    public int countArticles() {
        return count(ARTICLES_COUNT, Map.of());
    }

    /** People or organizations, all or those with a name or alias equal to {@code name} (ignoring case). */
    public NodeRows entities(String label, String name, PageRequest page, NodeSelection selection, boolean withTotal) {
        NodeType type = label.equals("Person") ? NodeType.PERSON : NodeType.ORGANIZATION;
        if (name == null) {
            return label.equals("Person")
                    ? page(PEOPLE_PAGE, withTotal ? PEOPLE_COUNT : null, type, "p", Map.of(), page, selection)
                    : page(ORGANIZATIONS_PAGE, withTotal ? ORGANIZATIONS_COUNT : null, type, "o", Map.of(), page, selection);
        }
        String lucene = LuceneQuery.phrase(name);
        if (lucene == null) {
            return new NodeRows(List.of(), page.offset(), false, List.of(), withTotal ? 0 : null);
        }
        return page(ENTITIES_NAMED, withTotal ? ENTITIES_NAMED_COUNT : null, type, "node",
                Map.of("label", label, "lucene", lucene, "name", name.strip().toLowerCase()), page, selection);
    }

    public int countEntities(String label, String name) {
        if (name == null) {
            return count(label.equals("Person") ? PEOPLE_COUNT : ORGANIZATIONS_COUNT, Map.of());
        }
        String lucene = LuceneQuery.phrase(name);
        if (lucene == null) {
            return 0;
        }
        return count(ENTITIES_NAMED_COUNT, Map.of("label", label, "lucene", lucene, "name", name.strip().toLowerCase()));
    }

    public NodeRows quotes(QuoteFilter filter, PageRequest page, NodeSelection selection, boolean withTotal) {
        return page(quoteAnchor(filter) + QUOTES_PAGE_TAIL, withTotal ? quoteAnchor(filter) + QUOTES_COUNT_TAIL : null,
                NodeType.QUOTE, "q", quoteParameters(filter), page, selection);
    }

    public int countQuotes(QuoteFilter filter) {
        return count(quoteAnchor(filter) + QUOTES_COUNT_TAIL, quoteParameters(filter));
    }

    /** Starts from the most selective filter given, so no query scans every quote when one is set. */
    private static String quoteAnchor(QuoteFilter filter) {
        if (filter.lucene() != null) {
            return QUOTE_ANCHORS.get("text");
        }
        if (filter.speakerId() != null) {
            return QUOTE_ANCHORS.get("speaker");
        }
        if (filter.aboutId() != null) {
            return QUOTE_ANCHORS.get("about");
        }
        if (filter.articleId() != null) {
            return QUOTE_ANCHORS.get("article");
        }
        return QUOTE_ANCHORS.get("all");
    }

    private static Map<String, Object> quoteParameters(QuoteFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("speakerId", filter.speakerId());
        parameters.put("aboutId", filter.aboutId());
        parameters.put("articleId", filter.articleId());
        parameters.put("lucene", filter.lucene());
        return parameters;
    }

    /** For each parent id, its related nodes in the relation's order (parents with none are absent). */
    public Map<String, List<Map<String, Object>>> related(Relation relation, List<String> ids) {
        return grouped(relation.query, Map.of("ids", ids));
    }

    /** For each entity, one page of the quotes it said ({@code said}) or that are about it. */
    public Map<String, List<Map<String, Object>>> quotesOf(List<String> entityIds, boolean said, PageRequest page) {
        return grouped(said ? SAID_PAGE : ABOUT_PAGE,
                Map.of("ids", entityIds, "skip", page.offset(), "limit", page.limit() + 1));
    }

    /** For each entity, the speakers most quoted about it, as {count, node} maps. */
    public Map<String, List<Map<String, Object>>> topSpeakers(List<String> entityIds, int limit) {
        return grouped(TOP_SPEAKERS, Map.of("ids", entityIds, "limit", limit));
    }

    public int countQuotesOf(String entityId, boolean said) {
        return count(said ? SAID_COUNT : ABOUT_COUNT, Map.of("id", entityId));
    }

    /**
     * The best hits over the three full-text indexes, each node with the properties {@code selection} names
     * (its related fields are loaded by the field resolvers, batched).
     */
    public List<SearchHit> search(String lucene, int limit, NodeSelection selection) {
        NodeSelection propertiesOnly = new NodeSelection(selection.properties(), List.of());
        String projection = new ProjectionCompiler().compile(NodeType.ENTITY, "node", propertiesOnly, false).cypher();
        List<SearchHit> hits = new ArrayList<>();
        for (Record record : read(SEARCH.replace("{PROJECTION}", projection), Map.of("lucene", lucene, "limit", limit))) {
            Map<String, Object> map = record.get("node").asMap();
            if (isDeletedNode(map)) {
                continue;
            }
            Node node = NodeMapper.node(map);
            hits.add(new SearchHit(node, typeOf(map), labelOf(record.get("shown").asMap()), record.get("score").asDouble()));
        }
        return hits;
    }

    static String typeOf(Map<String, Object> map) {
        List<?> labels = (List<?>) map.get("labels");
        for (String type : List.of("Article", "Person", "Organization", "Quote", "Comment", "Commenter")) {
            if (labels.contains(type)) {
                return type;
            }
        }
        return String.valueOf(labels.isEmpty() ? "Node" : labels.get(0));
    }

    /** What a front end writes on the node: the name, title or handle, else the start of its text. */
    static String labelOf(Map<String, Object> map) {
        for (String key : List.of("name", "title", "handle")) {
            if (map.get(key) != null) {
                return map.get(key).toString();
            }
        }
        String text = map.get("text") == null ? "" : map.get("text").toString();
        text = text.length() > 80 ? text.substring(0, 79) + "…" : text;
        if (map.get("number") != null) {
            return "#" + map.get("number") + " " + text;
        }
        return text.isEmpty() ? String.valueOf(map.get("id")) : text;
    }

    /**
     * One page of a root connection. With a count query, the page and the count are one round trip:
     * the page is collected first, so an empty page still yields the row that carries the count.
     */
    private NodeRows page(String query, String countQuery, NodeType type, String variable, Map<String, Object> parameters,
                          PageRequest page, NodeSelection selection) {
        Projection projection = new ProjectionCompiler().compile(type, variable, selection, false);
        Map<String, Object> withPage = new HashMap<>(parameters);
        withPage.putAll(projection.parameters());
        withPage.put("skip", page.offset());
        withPage.put("limit", page.limit() + 1);
        String pageQuery = query.replace("{PROJECTION}", projection.cypher());
        List<Map<String, Object>> rows = new ArrayList<>();
        Integer total = null;
        if (countQuery == null) {
            for (Record record : read(pageQuery, withPage)) {
                existing(record.get("node").asMap()).ifPresent(rows::add);
            }
        } else {
            String combined = "CALL {\n" + pageQuery + "\n}\nWITH collect(node) AS nodes\nCALL {\n" + countQuery
                    + "\n}\nRETURN nodes, total";
            Record record = read(combined, withPage).get(0);
            for (Map<String, Object> row : record.get("nodes").asList(Value::asMap)) {
                existing(row).ifPresent(rows::add);
            }
            total = (int) Math.min(Integer.MAX_VALUE, record.get("total").asLong());
        }
        Page<Map<String, Object>> slice = Page.fromOneMore(rows, page);
        return new NodeRows(slice.items(), slice.offset(), slice.hasNext(), projection.fields(), total);
    }

    private int count(String query, Map<String, Object> parameters) {
        List<Record> records = read(query, parameters);
        return records.isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE, records.get(0).get("total").asLong());
    }

    private Map<String, List<Map<String, Object>>> grouped(String query, Map<String, Object> parameters) {
        Map<String, List<Map<String, Object>>> byKey = new HashMap<>();
        for (Record record : read(query, parameters)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : record.get("nodes").asList(Value::asMap)) {
                existing(row).ifPresent(rows::add);
            }
            byKey.put(record.get("key").asString(), rows);
        }
        return byKey;
    }

    /**
     * Reads are read-committed: a node that a concurrent write deletes and commits while this query runs (the
     * old comments and quotes of an article whose url was just ingested with a new text) can come back with
     * its properties gone. It no longer exists, so it is dropped, at any depth of the row, rather than handed
     * to the API as a node without an id or required fields. Empty when the row itself is such a node.
     */
    static Optional<Map<String, Object>> existing(Map<String, Object> row) {
        if (!holdsDeleted(row)) {
            return Optional.of(row);
        }
        Object cleaned = withoutDeleted(row);
        @SuppressWarnings("unchecked")
        Optional<Map<String, Object>> result = cleaned == DELETED ? Optional.empty()
                : Optional.of((Map<String, Object>) cleaned);
        return result;
    }

    private static final Object DELETED = new Object();

    /** A node projection ({@code n {.*, labels: ...}}) whose id is gone. */
    private static boolean isDeletedNode(Map<?, ?> map) {
        return map.containsKey("labels") && map.get("id") == null;
    }

    /** Plain loops: this walks every value of every answer, on the hot read path. */
    private static boolean holdsDeleted(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (isDeletedNode(map)) {
                return true;
            }
            for (Object inner : map.values()) {
                if (inner instanceof Map<?, ?> || inner instanceof List<?>) {
                    if (holdsDeleted(inner)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (value instanceof List<?> list) {
            for (Object inner : list) {
                if (holdsDeleted(inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy without deleted nodes; a map holding one directly (a {role, node} pair) goes with it. */
    private static Object withoutDeleted(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (isDeletedNode(map)) {
                return DELETED;
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            for (var entry : map.entrySet()) {
                Object cleaned = withoutDeleted(entry.getValue());
                if (cleaned == DELETED) {
                    return DELETED;
                }
                copy.put(entry.getKey().toString(), cleaned);
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                Object cleaned = withoutDeleted(item);
                if (cleaned != DELETED) {
                    copy.add(cleaned);
                }
            }
            return copy;
        }
        return value;
    }

    /**
     * Runs one query as an auto-commit read with a server-side timeout. A read is one statement, so the
     * transaction around it is implicit: a managed transaction would add BEGIN and COMMIT round trips
     * (about 0.2 ms of every request here). What the driver's managed retries gave is kept by the read
     * policy (RetryPolicy#reads): a failure that may pass is retried within the window.
     */
    public List<Record> read(String query, Map<String, Object> parameters) {
        queries.incrementAndGet();
        long started = System.nanoTime();
        List<Record> records = availability.call(readPolicy, attempt -> {
            try (var session = driver.session(READ_SESSION)) {
                return session.run(new Query(query, parameters), readConfig).list();
            }
        });
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%d rows in %.2f ms: %s %s", records.size(), (System.nanoTime() - started) / 1e6, query, parameters);
        }
        return records;
    }

    /** How many queries this reader has run since start: tests use it to check one round trip per request. */
    public long queryCount() {
        return queries.get();
    }
}
