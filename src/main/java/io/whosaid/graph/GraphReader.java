package io.whosaid.graph;

import io.whosaid.model.GraphEdge;
import io.whosaid.model.GraphNode;
import io.whosaid.model.Subgraph;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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
 * Runs the API's reads and counts them; the readers per subject ({@link NodeReader}, {@link ArticleReader},
 * {@link EntityReader}, {@link QuoteReader}, {@link SearchReader}) build their queries and run them here. Each
 * read is one query in a read transaction (routed to a reader in a cluster).
 */
@ApplicationScoped
public class GraphReader {

    private static final Logger LOG = Logger.getLogger(GraphReader.class);
    private static final SessionConfig READ_SESSION = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    /** Hop counts are literals in Cypher; one query per allowed count, made once from the template. */
    private final Map<Integer, String> neighborhoodByHops = new HashMap<>();
    private final Map<Integer, String> pathByHops = new HashMap<>();

    private final Driver driver;
    private final GraphAvailability availability;
    private final TransactionConfig readConfig;
    private final RetryPolicy readPolicy;
    private final AtomicLong queries = new AtomicLong();

    public GraphReader(Driver driver, GraphAvailability availability,
                       @ConfigProperty(name = "whosaid.api.max-hops") int maxHops,
                       @ConfigProperty(name = "whosaid.neo4j.read-timeout", defaultValue = "10s") Duration timeout,
                       @ConfigProperty(name = "whosaid.neo4j.max-retry-time", defaultValue = "1s") Duration retryWindow) {
        this.driver = driver;
        this.readPolicy = RetryPolicy.reads(retryWindow);
        this.availability = availability;
        this.readConfig = TransactionConfig.builder().withTimeout(timeout).build();
        String neighborhood = CypherFile.load("read/neighborhood");
        String path = CypherFile.load("read/path");
        for (int hops = 1; hops <= Math.max(maxHops, 1); hops++) {
            neighborhoodByHops.put(hops, neighborhood.replace("{HOPS}", Integer.toString(hops)));
            pathByHops.put(hops, path.replace("{HOPS}", Integer.toString(hops)));
        }
    }

    public Optional<Subgraph> neighborhood(String id, int hops, int limit) {
        List<Record> records = read(neighborhoodByHops.get(hops), Map.of("id", id, "limit", limit));
        return records.isEmpty() ? Optional.empty() : Optional.of(subgraph(records.get(0)));
    }

    /**
     * Whether both ends exist, and the shortest connection between them: null when there is none within
     * {@code maxHops}, the one node when both ids are the same. One query.
     */
    public PathResult path(String fromId, String toId, int maxHops) {
        Record record = read(pathByHops.get(maxHops), Map.of("fromId", fromId, "toId", toId)).get(0);
        Subgraph path = record.get("nodes").isNull() ? null : subgraph(record);
        return new PathResult(record.get("fromFound").asBoolean(), record.get("toFound").asBoolean(), path);
    }

    /** The answer of {@link #path}: {@code path} is null when the ends are not connected within the hops. */
    public record PathResult(boolean fromFound, boolean toFound, Subgraph path) {
    }

    private static Subgraph subgraph(Record record) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        for (Value value : record.get("nodes").values()) {
            Map<String, Object> map = value.asMap();
            if (isDeletedNode(map)) {
                continue;
            }
            nodes.putIfAbsent(map.get("id").toString(), new GraphNode(map.get("id").toString(), typeOf(map), labelOf(map)));
        }
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        for (Value value : record.get("edges").isNull() ? List.<Value>of() : record.get("edges").values()) {
            if (value.get("source").isNull() || value.get("target").isNull()) {
                continue;
            }
            String type = value.get("type").asString();
            String source = value.get("source").asString();
            String target = value.get("target").asString();
            String id = source + "|" + type + "|" + target;
            edges.putIfAbsent(id, new GraphEdge(id, type, source, target));
        }
        return new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges.values()));
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
    static boolean isDeletedNode(Map<?, ?> map) {
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
