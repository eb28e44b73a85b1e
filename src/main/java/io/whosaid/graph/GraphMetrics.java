package io.whosaid.graph;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.whosaid.graph.embedded.EmbeddedMemory;
import io.whosaid.graph.embedded.EmbeddedSupervisor;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.ConnectionPoolMetrics;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The database's metrics ({@code whosaid_neo4j_*}) and its spans, recorded where each event happens: each
 * statement's latency by {@link QueryFamily} and its span in {@link GraphReader}, {@link ArticleWriter} and GraphEditor, retries
 * in {@link GraphAvailability}, the connection pool and the embedded Neo4j in {@link GraphConnection}. Labels are
 * fixed sets, so the series stay few. A statement's span carries its family and rows, never its parameters.
 */
@Singleton
public class GraphMetrics {

    /** Latency buckets from 1 ms to 30 s: a point read takes about a millisecond, a big write seconds. */
    /** The buckets of every latency histogram the service exports (requests, queries, ingest phases). */
    public static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(1),
        Duration.ofMillis(2),
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30)
    };

    static final AttributeKey<String> FAMILY = AttributeKey.stringKey("whosaid.query.family");
    static final AttributeKey<Long> ROWS = AttributeKey.longKey("db.response.returned_rows");
    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system.name");

    private final MeterRegistry registry;
    private final Tracer tracer;
    private final Map<QueryFamily, Timer> ok = new EnumMap<>(QueryFamily.class);
    private final Map<QueryFamily, Timer> failed = new EnumMap<>(QueryFamily.class);
    private final Map<QueryFamily, Counter> timeouts = new EnumMap<>(QueryFamily.class);
    private final Map<String, Counter> retries = new HashMap<>();

    @Inject
    public GraphMetrics(
            MeterRegistry registry,
            Tracer tracer,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean tracingOff) {
        this.registry = registry;
        // Off, Quarkus still hands out a recording tracer that exports nowhere: skip it, spans cost nothing then.
        this.tracer = tracingOff ? null : tracer;
        registerRetries();
        for (QueryFamily family : QueryFamily.values()) {
            ok.put(family, queryTimer(family, "ok"));
            failed.put(family, queryTimer(family, "error"));
            timeouts.put(
                    family,
                    Counter.builder("whosaid.neo4j.transaction.timeouts")
                            .description(
                                    "Transactions Neo4j stopped at their time limit (whosaid.neo4j.read-timeout / write-timeout)")
                            .tag("family", family.label())
                            .register(registry));
        }
    }

    /** Every retry reason is exported from the start, at 0: a dashboard's query finds the series before the first. */
    private void registerRetries() {
        for (String reason : RetryPolicy.RETRY_REASONS) {
            retries.put(
                    reason,
                    Counter.builder("whosaid.neo4j.retries")
                            .description(
                                    "Database work tried again, by why: deadlock, lock_timeout, unavailable, transient")
                            .tag("reason", reason)
                            .register(registry));
        }
    }

    /** Metrics nobody scrapes: for code run outside the application (unit tests, tools). */
    public static GraphMetrics unobserved() {
        return new GraphMetrics(new SimpleMeterRegistry(), null, true);
    }

    private Timer queryTimer(QueryFamily family, String outcome) {
        return Timer.builder("whosaid.neo4j.query")
                .description("Cypher statements by what they are for, retries included, until their rows were read")
                .tag("family", family.label())
                .tag("outcome", outcome)
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry);
    }

    /** A statement about to run, its retries included: a child span of the request's. */
    public Statement begin(QueryFamily family) {
        Span span = tracer == null
                ? Span.getInvalid()
                : tracer.spanBuilder("cypher " + family.label())
                        .setSpanKind(SpanKind.CLIENT)
                        .setAttribute(DB_SYSTEM, "neo4j")
                        .setAttribute(FAMILY, family.label())
                        .startSpan();
        return new Statement(family, System.nanoTime(), span);
    }

    /** The statement ended with {@code rows} rows, or with {@code failure} (then null rows are not recorded). */
    public void end(Statement statement, int rows, RuntimeException failure) {
        (failure == null ? ok : failed)
                .get(statement.family)
                .record(System.nanoTime() - statement.startNanos, TimeUnit.NANOSECONDS);
        if (failure == null) {
            statement.span.setAttribute(ROWS, (long) rows);
        } else {
            if (RetryPolicy.isTimedOut(failure)) {
                timeouts.get(statement.family).increment();
            }
            statement.span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
        statement.span.end();
    }

    public record Statement(QueryFamily family, long startNanos, Span span) {}

    /** A failure that {@link GraphAvailability#call} is about to retry. */
    void retried(Neo4jException failure) {
        retries.get(RetryPolicy.retryReason(failure)).increment();
    }

    /** The driver's connection pool, summed over its pools (one per server; several in a cluster). */
    void watch(Driver driver) {
        Gauge.builder("whosaid.neo4j.pool.connections", driver, d -> poolSum(d, true))
                .description("Bolt connections of the driver's pool, in use or idle")
                .tag("state", "in_use")
                .register(registry);
        Gauge.builder("whosaid.neo4j.pool.connections", driver, d -> poolSum(d, false))
                .description("Bolt connections of the driver's pool, in use or idle")
                .tag("state", "idle")
                .register(registry);
    }

    private static double poolSum(Driver driver, boolean inUse) {
        double sum = 0;
        for (ConnectionPoolMetrics pool : driver.metrics().connectionPoolMetrics()) {
            sum += inUse ? pool.inUse() : pool.idle();
        }
        return sum;
    }

    /** The embedded Neo4j this service runs: its restarts and the memory it was given. */
    void watch(EmbeddedSupervisor supervisor, EmbeddedMemory memory) {
        FunctionCounter.builder("whosaid.neo4j.embedded.restarts", supervisor, EmbeddedSupervisor::restarts)
                .description("Times the embedded Neo4j died and the service started it again")
                .register(registry);
        Gauge.builder("whosaid.neo4j.embedded.memory", memory, EmbeddedMemory::heap)
                .baseUnit("bytes")
                .description("Memory given to the embedded Neo4j")
                .tag("area", "heap")
                .register(registry);
        Gauge.builder("whosaid.neo4j.embedded.memory", memory, EmbeddedMemory::pageCache)
                .baseUnit("bytes")
                .description("Memory given to the embedded Neo4j")
                .tag("area", "page_cache")
                .register(registry);
    }
}
