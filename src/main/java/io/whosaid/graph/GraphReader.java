package io.whosaid.graph;

import io.whosaid.model.NodeKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * Runs the API's reads and counts them; the readers per subject ({@link NodeReader}, {@link ArticleReader},
 * {@link EntityReader}, {@link QuoteReader}, {@link SearchReader}) build their queries and run them here. Each
 * read is one query in a read transaction (routed to a reader in a cluster).
 */
@ApplicationScoped
public class GraphReader {

    private static final Logger LOG = Logger.getLogger(GraphReader.class);
    private static final SessionConfig READ_SESSION =
            SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final GraphAvailability availability;
    private final TransactionConfig readConfig;
    private final TransactionConfig streamConfig;
    private final RetryPolicy readPolicy;
    private final GraphMetrics metrics;
    private final AtomicLong queries = new AtomicLong();

    public GraphReader(
            Driver driver,
            GraphAvailability availability,
            GraphMetrics metrics,
            @ConfigProperty(name = "whosaid.neo4j.read-timeout", defaultValue = "10s") Duration timeout,
            @ConfigProperty(name = "whosaid.neo4j.max-retry-time", defaultValue = "1s") Duration retryWindow,
            @ConfigProperty(name = "whosaid.neo4j.export-timeout", defaultValue = "10m") Duration streamTimeout) {
        this.driver = driver;
        this.readPolicy = RetryPolicy.reads(retryWindow);
        this.availability = availability;
        this.metrics = metrics;
        this.readConfig = TransactionConfig.builder().withTimeout(timeout).build();
        this.streamConfig =
                TransactionConfig.builder().withTimeout(streamTimeout).build();
    }

    /** The kind of a node by its labels (every node a subgraph or a search reaches has one of the read model's). */
    static NodeKind kindOf(Map<String, Object> map) {
        List<?> labels = (List<?>) map.get("labels");
        for (NodeKind kind : NodeKind.values()) {
            if (labels.contains(kind.name())) {
                return kind;
            }
        }
        throw new IllegalStateException("A node with labels " + labels + " is none of the read model's kinds");
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
        Optional<Map<String, Object>> result =
                cleaned == DELETED ? Optional.empty() : Optional.of((Map<String, Object>) cleaned);
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
        return read(QueryFamily.ROOT_READ, query, parameters);
    }

    /** {@link #read(String, Map)}, measured as a query of {@code family}. */
    public List<Record> read(QueryFamily family, String query, Map<String, Object> parameters) {
        queries.incrementAndGet();
        long started = System.nanoTime();
        GraphMetrics.Statement statement = metrics.begin(family);
        List<Record> records;
        try {
            records = availability.call(readPolicy, attempt -> {
                try (var session = driver.session(READ_SESSION)) {
                    return session.run(new Query(query, parameters), readConfig).list();
                }
            });
        } catch (RuntimeException e) {
            metrics.end(statement, 0, e);
            throw e;
        }
        metrics.end(statement, records.size(), null);
        if (LOG.isDebugEnabled()) {
            LOG.debugf(
                    "%d rows in %.2f ms: %s %s",
                    records.size(), (System.nanoTime() - started) / 1e6, query, parameters);
        }
        return records;
    }

    /** Runs a query of a streamed read, handing each row on as it arrives. */
    @FunctionalInterface
    public interface StreamedQueries {
        void run(String query, Map<String, Object> parameters, Consumer<Record> row);
    }

    /**
     * Runs {@code work}'s queries one after the other in one read transaction, each row handed on as the driver
     * receives it (a batch of rows at a time), so that a read of any size holds no more than a batch. Bounded by
     * {@code whosaid.neo4j.export-timeout}, which counts the time the rows take to reach a slow client too; not
     * retried (see {@link RetryPolicy#streams}).
     */
    public void stream(Consumer<StreamedQueries> work) {
        availability.call(RetryPolicy.streams(), attempt -> {
            try (var session = driver.session(READ_SESSION);
                    var tx = session.beginTransaction(streamConfig)) {
                work.accept((query, parameters, row) -> {
                    queries.incrementAndGet();
                    Result result = tx.run(new Query(query, parameters));
                    while (result.hasNext()) {
                        row.accept(result.next());
                    }
                });
                tx.commit();
            }
            return null;
        });
    }

    /** How many queries this reader has run since start: tests use it to check one round trip per request. */
    public long queryCount() {
        return queries.get();
    }
}
