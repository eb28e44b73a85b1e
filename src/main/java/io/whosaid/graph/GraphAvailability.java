package io.whosaid.graph;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Remembers that Neo4j was just found unreachable, so that the other queries of that moment fail at once
 * instead of each waiting out the driver's connect and retry time. A GraphQL request may run several queries
 * (a page and its totalCount, a write and the read of its result); during an outage each would add its own
 * wait, and a request that should fail in about a second took five or more. After {@link #PROBE_AFTER} the
 * next query tries Neo4j again, so the service recovers by itself as soon as Neo4j is back.
 */
@ApplicationScoped
public class GraphAvailability {

    static final Duration PROBE_AFTER = Duration.ofSeconds(1);

    private volatile boolean unreachable;
    private volatile long probeAtNanos;

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
