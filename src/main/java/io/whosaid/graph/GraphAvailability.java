package io.whosaid.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Remembers that Neo4j was just found unreachable, so that the other queries of that moment fail at once
 * instead of each waiting out the driver's connect and retry time. A GraphQL request may run several queries
 * (a page and its totalCount, a write and the read of its result); during an outage each would add its own
 * wait, and a request that should fail in about a second took five or more. After {@link #PROBE_AFTER} the
 * next query tries Neo4j again, so the service recovers by itself as soon as Neo4j is back.
 *
 * <p>All database work goes through {@link #call}, so that what counts as unreachable, what is worth another
 * attempt and what a request is told are decided in one place, by a {@link RetryPolicy}.
 */
@ApplicationScoped
public class GraphAvailability {

    static final Duration PROBE_AFTER = Duration.ofSeconds(1);

    private final GraphMetrics metrics;
    private volatile boolean unreachable;
    private volatile long probeAtNanos;

    @Inject
    public GraphAvailability(GraphMetrics metrics) {
        this.metrics = metrics;
    }

    /** Outside the application (unit tests): retries go unrecorded. */
    public GraphAvailability() {
        this(GraphMetrics.unobserved());
    }

    /** {@link #call(RetryPolicy, IntFunction, ObjIntConsumer)} with nothing to do before a retry. */
    public <T> T call(RetryPolicy policy, IntFunction<T> work) {
        return call(policy, work, (failure, attempt) -> {});
    }

    /**
     * Runs {@code work} (given the attempt number, from 1) until it succeeds, a failure is not retried, or the
     * policy gives up; {@code beforeRetry} hears of each failure that is retried, before the pause. Each attempt
     * must be whole by itself (its own session and transaction), so a retry never builds on a failed one.
     *
     * @throws GraphUnavailableException when Neo4j is unreachable or, for a policy that has a busy message,
     *                                   too busy; other failures (a bad query) pass through unchanged
     */
    public <T> T call(RetryPolicy policy, IntFunction<T> work, ObjIntConsumer<Neo4jException> beforeRetry) {
        long began = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            if (attempt == 1 || policy.checkEveryAttempt()) {
                checkReachable();
            }
            try {
                T result = work.apply(attempt);
                markReachable();
                return result;
            } catch (ServiceUnavailableException | SessionExpiredException | TransientException e) {
                if (RetryPolicy.isRequestsOwn(e)) {
                    // Terminated, or over a memory limit: this request's failure, not the database's; marking
                    // Neo4j unreachable would refuse every other request for a second.
                    throw e;
                }
                // Transient here is also Neo4j starting or stopping (DatabaseUnavailable) after the driver's retries.
                if (policy.retries(e, attempt, System.nanoTime() - began)) {
                    metrics.retried(e);
                    beforeRetry.accept(e, attempt);
                    pause(policy.pauseBefore().apply(attempt + 1), policy.interruptedMessage());
                    continue;
                }
                // Lock conflicts that outlast the retries mean writers queue, not that Neo4j is gone: marking it
                // unreachable would fail every other request for a second.
                if (policy.busyMessage() != null && policy.retried().test(e)) {
                    throw new GraphUnavailableException(policy.busyMessage(), e);
                }
                markUnreachable();
                throw new GraphUnavailableException(policy.unavailableMessage(), e);
            } catch (ClientException e) {
                // A node a writer that committed first deleted: a race the policy may run again, never an outage.
                if (RetryPolicy.isDeletedMeanwhile(e) && policy.retries(e, attempt, System.nanoTime() - began)) {
                    metrics.retried(e);
                    beforeRetry.accept(e, attempt);
                    pause(policy.pauseBefore().apply(attempt + 1), policy.interruptedMessage());
                    continue;
                }
                throw e;
            }
        }
    }

    private static void pause(Duration pause, String interruptedMessage) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new GraphUnavailableException(interruptedMessage, interrupted);
        }
    }

    /** Throws at once while Neo4j was found unreachable less than {@link #PROBE_AFTER} ago. */
    public void checkReachable() {
        if (unreachable && System.nanoTime() - probeAtNanos < 0) {
            throw new GraphUnavailableException("The graph database is unavailable; try again shortly", null);
        }
    }

    public void markUnreachable() {
        probeAtNanos = System.nanoTime() + PROBE_AFTER.toNanos();
        unreachable = true;
    }

    public void markReachable() {
        if (unreachable) {
            unreachable = false;
        }
    }
}
