package io.whosaid.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.graphql.api.ErrorCode;
import io.whosaid.graph.DatabaseErrors;
import io.whosaid.graph.GraphMetrics;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.model.IngestItemStatus;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ingest's metrics ({@code whosaid_ingest_*}): articles ingested by result, failures by the error code the client
 * got, the time in each phase (parse, extract, write) and how many quotes, people and comments an article held;
 * and a span per phase. {@link ArticleIngest} runs the phases through here, so that {@code ingest} stays pure Java.
 * Batch jobs' progress ({@link IngestJobs}): jobs accepted and running, their items waiting, and items done by result.
 */
@Singleton
public class IngestMetrics {

    /** The phases of one ingest, as the {@code phase} label names them. */
    public enum Phase {
        PARSE,
        EXTRACT,
        WRITE
    }

    private static final double[] COUNT_BUCKETS = {1, 2, 5, 10, 20, 50, 100, 500, 1000, 10000};

    private final MeterRegistry registry;
    private final Tracer tracer;
    private final Timer[] phases = new Timer[Phase.values().length];
    private final Counter created;
    private final Counter replaced;
    private final Counter unchanged;
    private final DistributionSummary quotes;
    private final DistributionSummary people;
    private final DistributionSummary comments;
    private final Counter jobsAccepted;
    private final AtomicLong jobsRunning = new AtomicLong();
    private final AtomicLong jobItemsPending = new AtomicLong();
    private final Counter[] jobItems = new Counter[IngestItemStatus.values().length];

    public IngestMetrics(
            MeterRegistry registry,
            Tracer tracer,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean tracingOff) {
        this.registry = registry;
        // Off, Quarkus still hands out a recording tracer that exports nowhere: skip it, spans cost nothing then.
        this.tracer = tracingOff ? null : tracer;
        for (Phase phase : Phase.values()) {
            phases[phase.ordinal()] = Timer.builder("whosaid.ingest.phase")
                    .description("Time in each phase of an ingest: parse the input, extract and resolve, write")
                    .tag("phase", phase.name().toLowerCase())
                    .serviceLevelObjectives(GraphMetrics.LATENCY_BUCKETS)
                    .register(registry);
        }
        created = articles("created");
        replaced = articles("replaced");
        unchanged = articles("unchanged");
        quotes = perArticle("quotes");
        people = perArticle("people");
        comments = perArticle("comments");
        jobsAccepted = Counter.builder("whosaid.ingest.jobs")
                .description("Batch ingest jobs accepted (ingestBatch)")
                .register(registry);
        Gauge.builder("whosaid.ingest.jobs.running", jobsRunning, AtomicLong::get)
                .description("Batch ingest jobs with items not done yet")
                .register(registry);
        Gauge.builder("whosaid.ingest.job.items.pending", jobItemsPending, AtomicLong::get)
                .description("Items of batch jobs not done yet")
                .register(registry);
        for (IngestItemStatus status : IngestItemStatus.values()) {
            if (status != IngestItemStatus.PENDING) {
                jobItems[status.ordinal()] = Counter.builder("whosaid.ingest.job.items")
                        .description("Items of batch jobs done, by result: created, existed (already in) or failed")
                        .tag("result", status.name().toLowerCase())
                        .register(registry);
            }
        }
    }

    void jobAccepted(int items) {
        jobsAccepted.increment();
        jobsRunning.incrementAndGet();
        jobItemsPending.addAndGet(items);
    }

    void jobItemDone(IngestItemStatus status) {
        jobItems[status.ordinal()].increment();
        jobItemsPending.decrementAndGet();
    }

    void jobFinished() {
        jobsRunning.decrementAndGet();
    }

    private Counter articles(String result) {
        return Counter.builder("whosaid.ingest.articles")
                .description("Articles ingested: created, replaced (a new text under a known url) or unchanged")
                .tag("result", result)
                .register(registry);
    }

    private DistributionSummary perArticle(String what) {
        return DistributionSummary.builder("whosaid.ingest.article." + what)
                .description("The " + what + " one ingested article held")
                .serviceLevelObjectives(COUNT_BUCKETS)
                .register(registry);
    }

    /** Runs one phase of an ingest in its span ("ingest parse", …), and records its time. */
    <T> T phase(Phase phase, Supplier<T> work) {
        Span span = tracer == null
                ? Span.getInvalid()
                : tracer.spanBuilder("ingest " + phase.name().toLowerCase()).startSpan();
        long started = System.nanoTime();
        try (Scope scope = tracer == null ? Scope.noop() : span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            phases[phase.ordinal()].record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            span.end();
        }
    }

    void ingested(ArticleGraph graph, boolean wasCreated, boolean wasReplaced) {
        (wasCreated ? created : wasReplaced ? replaced : unchanged).increment();
        quotes.record(graph.quotes().size());
        people.record(graph.people().size());
        comments.record(graph.comments().size());
    }

    void failed(RuntimeException failure) {
        Counter.builder("whosaid.ingest.failures")
                .description("Ingests that failed, by the error code the client got")
                .tag("reason", reason(failure))
                .register(registry)
                .increment();
    }

    /** The code the client sees: the exception's @ErrorCode, the database limits, else INTERNAL. */
    static String reason(RuntimeException failure) {
        ErrorCode code = failure.getClass().getAnnotation(ErrorCode.class);
        if (code != null) {
            return code.value();
        }
        if (DatabaseErrors.isTimeout(failure)) {
            return "TIMEOUT";
        }
        return DatabaseErrors.isTooExpensive(failure) ? "QUERY_TOO_EXPENSIVE" : "INTERNAL";
    }
}
