package io.whosaid.graph;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * The longest list of each kind the graph holds now (comments per article, comments per commenter, ...), read
 * from the nodes' degrees and kept for {@code whosaid.api.list-sizes-max-age}: the cost estimate of a request
 * multiplies by what the data really has. Read at most once per period, on the thread of the request that finds
 * the figures stale; it and every other request go on with the last figures while they are read in the
 * background (requests are checked on the event loop, which must not wait for the database). A failed read keeps
 * the last figures too; before the first read there are none, and the estimate uses its fixed fan-out.
 */
@ApplicationScoped
public class ListSizeStatistics {

    private static final Logger LOG = Logger.getLogger(ListSizeStatistics.class);
    private static final String QUERY = CypherFile.load("stats/list-sizes");
    private static final Executor READER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "list-size-statistics");
        thread.setDaemon(true);
        return thread;
    });
    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    /** The largest count of each list, by relationship: what a list field without a page size may return. */
    public record Sizes(long commentsPerArticle, long quotesPerArticle, long mentionsPerArticle, long commentsPerCommenter) {
        public static final Sizes NONE = new Sizes(0, 0, 0, 0);
    }

    private final Driver driver;
    private final long maxAgeNanos;
    private final TransactionConfig config;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Sizes sizes = Sizes.NONE;
    private volatile long readAtNanos;
    private volatile boolean everRead;

    public ListSizeStatistics(Driver driver,
                              @ConfigProperty(name = "whosaid.api.list-sizes-max-age", defaultValue = "30s") Duration maxAge) {
        this.driver = driver;
        this.maxAgeNanos = maxAge.toNanos();
        this.config = TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build();
    }

    /** The last figures read; when they are older than the maximum age, a fresh read starts in the background. */
    public Sizes current() {
        if ((!everRead || System.nanoTime() - readAtNanos > maxAgeNanos) && reading.compareAndSet(false, true)) {
            CompletableFuture.runAsync(this::refresh, READER);
        }
        return sizes;
    }

    /** Reads the figures now, on the caller's thread. */
    public Sizes refresh() {
        try {
            sizes = read();
            everRead = true;
        } catch (RuntimeException e) {
            LOG.debugf("List sizes not read (the last ones stay): %s", e.getMessage());
        } finally {
            readAtNanos = System.nanoTime();
            reading.set(false);
        }
        return sizes;
    }

    private Sizes read() {
        try (var session = driver.session(READ)) {
            Record row = session.run(QUERY, Map.of(), config).single();
            return new Sizes(row.get("commentsPerArticle").asLong(), row.get("quotesPerArticle").asLong(),
                    row.get("mentionsPerArticle").asLong(), row.get("commentsPerCommenter").asLong());
        }
    }
}
