package io.whosaid.graph;

import com.google.common.math.LongMath;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
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
import org.neo4j.driver.Value;

/**
 * The longest list of each kind the graph holds now (comments per article, comments per commenter, ...), read
 * from the nodes' degrees, and the lengths of the longest texts of the long text fields (article and comment texts,
 * quotes and their sentences; read from the lengths stored beside the texts, never from the texts), kept for {@code whosaid.api.list-sizes-max-age}: the cost estimate of a request multiplies by
 * what the data really has. Read at most once per period, on the thread of the request that finds
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
    private static final SessionConfig READ =
            SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    /** How many of the longest texts of each field are kept: a page holds at most this many (max page size). */
    static final int LONGEST_TEXTS = 100;

    /**
     * What the data holds: the largest count of each list by name ({@code commentsPerArticle}, ... as
     * {@code stats/list-sizes.cypher} names them), and the longest texts of each long text field
     * ({@code articleText}, ...). {@code known} is false before the first read.
     */
    public record Sizes(boolean known, Map<String, Long> longest, Map<String, TextLengths> texts) {
        public static final Sizes NONE = new Sizes(false, Map.of(), Map.of());

        /** The largest count of the list named {@code name}; 0 when not read. */
        public long longest(String name) {
            return longest.getOrDefault(name, 0L);
        }

        /** The longest texts of the field named {@code name}; none when not read. */
        public TextLengths text(String name) {
            return texts.getOrDefault(name, TextLengths.NONE);
        }
    }

    /** The lengths (in characters) of the longest texts of one field, longest first. */
    public record TextLengths(long[] longestFirst) {
        public static final TextLengths NONE = new TextLengths(new long[0]);

        /**
         * The most characters {@code values} distinct texts of this field hold together: the {@code values}
         * longest; beyond the lengths kept, each further text is at most as long as the shortest kept.
         */
        public long total(long values) {
            long total = 0;
            int kept = (int) Math.min(values, longestFirst.length);
            for (int i = 0; i < kept; i++) {
                total += longestFirst[i];
            }
            if (values > kept && kept > 0) {
                total = LongMath.saturatedAdd(total, LongMath.saturatedMultiply(values - kept, longestFirst[kept - 1]));
            }
            return total;
        }
    }

    private final Driver driver;
    private final long maxAgeNanos;
    private final TransactionConfig config;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Sizes sizes = Sizes.NONE;
    private volatile long readAtNanos;
    private volatile boolean everRead;

    public ListSizeStatistics(
            Driver driver,
            @ConfigProperty(name = "whosaid.api.list-sizes-max-age", defaultValue = "30s") Duration maxAge) {
        this.driver = driver;
        this.maxAgeNanos = maxAge.toNanos();
        this.config =
                TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build();
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
            Record row =
                    session.run(QUERY, Map.of("texts", LONGEST_TEXTS), config).single();
            Map<String, Long> longest = new HashMap<>();
            row.get("longest").asMap(Value::asLong).forEach(longest::put);
            Map<String, TextLengths> texts = new HashMap<>();
            row.get("texts")
                    .asMap(v -> new TextLengths(v.asList(Value::asLong).stream()
                            .mapToLong(Long::longValue)
                            .toArray()))
                    .forEach(texts::put);
            return new Sizes(true, Map.copyOf(longest), Map.copyOf(texts));
        }
    }
}
