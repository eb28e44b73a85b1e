package io.whosaid.api.observation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.whosaid.graph.GraphMetrics;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's metrics: every GraphQL request ({@code whosaid_graphql_request_seconds} by operation, type and outcome),
 * the requests each limit or budget refused ({@code whosaid_limit_refusals_total}) and the estimated cost of the
 * requests that ran ({@code whosaid_graphql_request_cost}). Recorded once per request, when its response ends.
 */
@Singleton
public class ApiMetrics {

    /** The codes of the limits and budgets: a request answered with one of them was refused by that limit. */
    static final Set<String> LIMIT_CODES = Set.of(
            "RATE_LIMITED",
            "QUERY_TOO_DEEP",
            "TOO_MANY_ALIASES",
            "QUERY_TOO_COMPLEX",
            "RESPONSE_TOO_LARGE",
            "REQUEST_TOO_LARGE",
            "QUERY_TOO_EXPENSIVE",
            "TIMEOUT");

    private static final double[] COST_BUCKETS = {
        1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 20000, 50000, 100000
    };

    private final MeterRegistry registry;
    private final OperationLabels operations;
    private final DistributionSummary cost;

    public ApiMetrics(
            MeterRegistry registry,
            @ConfigProperty(name = "whosaid.metrics.max-operation-names", defaultValue = "100") int maxOperations) {
        this.registry = registry;
        this.operations = new OperationLabels(maxOperations);
        this.cost = DistributionSummary.builder("whosaid.graphql.request.cost")
                .description("The estimated cost (QUERY_TOO_COMPLEX's measure) of the requests that ran")
                .serviceLevelObjectives(COST_BUCKETS)
                .register(registry);
        // Exported from the start, at 0, so that a dashboard's query finds each limit's series before its first
        // refusal.
        for (String limit : LIMIT_CODES) {
            for (String caller : new String[] {"anonymous", "identified"}) {
                refusals(limit, caller);
            }
        }
    }

    private Counter refusals(String limit, String caller) {
        return Counter.builder("whosaid.limit.refusals")
                .description("Requests refused by each limit or budget, by its error code and the kind of caller")
                .tag("limit", limit)
                .tag("caller", caller)
                .register(registry);
    }

    public OperationLabels operations() {
        return operations;
    }

    public void record(ObservedRequest request) {
        // Micrometer keeps one meter per name and tags, so looking it up per request creates nothing new.
        Timer.builder("whosaid.graphql.request")
                .description("GraphQL requests by operation, type and outcome (ok or the first error's code)")
                .tag("operation", request.operation)
                .tag("type", request.type)
                .tag("outcome", request.outcome())
                .serviceLevelObjectives(GraphMetrics.LATENCY_BUCKETS)
                .register(registry)
                .record(System.nanoTime() - request.startNanos, TimeUnit.NANOSECONDS);
        if (request.admitted && request.cost >= 0) {
            cost.record(request.cost);
        }
        for (String code : request.codes()) {
            if (LIMIT_CODES.contains(code)) {
                refusals(
                                code,
                                OperationLabels.UNKNOWN.equals(request.caller)
                                        ? OperationLabels.UNKNOWN
                                        : "anonymous".equals(request.caller) ? "anonymous" : "identified")
                        .increment();
                break;
            }
        }
    }
}
