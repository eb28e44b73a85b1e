package io.whosaid.graph.embedded;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Watches the embedded Neo4j's process and starts it again when it dies by itself, so that the service comes
 * back without help (the driver reconnects to the same port, readiness turns UP again). After
 * {@code maxFailedRestarts} restarts in a row fail, recovery is taken to be impossible: {@link #gaveUp()}
 * turns liveness DOWN so that an orchestrator restarts the whole service; the supervisor still keeps trying.
 */
public final class EmbeddedSupervisor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedSupervisor.class);

    private final EmbeddedNeo4j neo4j;
    private final int maxFailedRestarts;
    private final ScheduledExecutorService timer;
    // Only the timer thread writes these; health checks read them.
    private volatile int failedRestarts;
    private volatile int restarts;

    private EmbeddedSupervisor(EmbeddedNeo4j neo4j, int maxFailedRestarts) {
        this.neo4j = neo4j;
        this.maxFailedRestarts = maxFailedRestarts;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-neo4j-supervisor");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Checks the process every {@code interval}. */
    public static EmbeddedSupervisor watch(EmbeddedNeo4j neo4j, Duration interval, int maxFailedRestarts) {
        EmbeddedSupervisor supervisor = new EmbeddedSupervisor(neo4j, Math.max(1, maxFailedRestarts));
        long millis = Math.max(100, interval.toMillis());
        supervisor.timer.scheduleWithFixedDelay(supervisor::check, millis, millis, TimeUnit.MILLISECONDS);
        return supervisor;
    }

    void check() {
        try {
            boolean restarted;
            if (failedRestarts > 0) {
                neo4j.restart(); // the last attempt left it stopped: try again
                restarted = true;
            } else {
                restarted = neo4j.restartIfDied();
            }
            if (restarted) {
                restarts++;
                failedRestarts = 0;
                LOG.infof("Embedded Neo4j is back (restart %d since the service started)", restarts);
            }
        } catch (RuntimeException e) {
            failedRestarts++;
            LOG.errorf(
                    e,
                    "Restarting the embedded Neo4j failed (%d in a row)%s",
                    failedRestarts,
                    gaveUp() ? "; liveness is DOWN so that the service itself is restarted" : "");
        }
    }

    /** Whether the last {@code maxFailedRestarts} restarts all failed: recovery is not going to happen here. */
    public boolean gaveUp() {
        return failedRestarts >= maxFailedRestarts;
    }

    /** How many times the supervisor brought the embedded Neo4j back. */
    public int restarts() {
        return restarts;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
