package io.whosaid.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Closed-loop load: {@code concurrency} threads, each sending its next request as soon as the previous answer
 * is read, cycling through the request's parameter pool. A warm-up at the same concurrency is not counted.
 */
final class LoadRunner {

    /**
     * @param requests   requests completed in the measured window
     * @param errors     requests that failed in it
     * @param p50Ms      median latency
     * @param p99Ms      99th percentile latency
     * @param perSecond  completed requests per second
     * @param firstError the first failure's message, or null
     */
    record Stats(long requests, long errors, double p50Ms, double p99Ms, double perSecond, String firstError) {}

    /** Samples each thread measures at least, however long they take (within a minute past the window). */
    static final int MIN_SAMPLES = 5;

    private LoadRunner() {}

    static Stats run(
            Target target,
            StandardRequest request,
            List<Map<String, Object>> pool,
            int concurrency,
            Duration warmup,
            Duration measure)
            throws InterruptedException {
        TimedClients.Timings timings = TimedClients.run(
                concurrency,
                LoadRunner::clientThread,
                warmup,
                measure,
                MIN_SAMPLES,
                TimedClients.NO_END_LIMIT,
                // Each client starts at its own place in the pool, so clients do not send the same parameters in step.
                (client, n) -> pool.get((int) ((client * 17L + n) % pool.size())),
                parameters -> target.execute(request, parameters),
                e -> e.getClass().getSimpleName() + ": " + e.getMessage());
        return new Stats(
                timings.succeeded(),
                timings.errors(),
                timings.percentileMs(0.50),
                timings.percentileMs(0.99),
                timings.perSecond(),
                timings.firstError());
    }

    private static Thread clientThread(Runnable runnable) {
        Thread thread = new Thread(runnable, "bench-client");
        thread.setDaemon(true);
        return thread;
    }
}
