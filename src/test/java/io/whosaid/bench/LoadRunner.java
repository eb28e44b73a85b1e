package io.whosaid.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

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
    record Stats(long requests, long errors, double p50Ms, double p99Ms, double perSecond, String firstError) {
    }

    /** Samples each thread measures at least, however long they take (within a minute past the window). */
    static final int MIN_SAMPLES = 5;

    private LoadRunner() {
    }

    static Stats run(Target target, StandardRequest request, List<Map<String, Object>> pool, int concurrency,
                     Duration warmup, Duration measure) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "bench-client");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureUntil = measureFrom + measure.toNanos();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int worker = 0; worker < concurrency; worker++) {
            int offset = worker * 17;
            futures.add(threads.submit(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                long errors = 0;
                long lastEnd = 0;
                for (int i = offset; ; i++) {
                    long begun = System.nanoTime();
                    // Requests slower than the window still get a few measured samples per thread (up to 1 min more).
                    if (begun >= measureUntil && (count + errors >= MIN_SAMPLES || begun >= measureUntil + 60_000_000_000L)) {
                        break;
                    }
                    boolean failed = false;
                    try {
                        target.execute(request, pool.get(i % pool.size()));
                    } catch (Exception e) {
                        failed = true;
                        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    long ended = System.nanoTime();
                    if (begun >= measureFrom) {
                        if (failed) {
                            errors++;
                        } else {
                            if (count == latencies.length) {
                                latencies = java.util.Arrays.copyOf(latencies, count * 2);
                            }
                            latencies[count++] = ended - begun;
                        }
                        lastEnd = Math.max(lastEnd, ended);
                    }
                }
                long[] result = java.util.Arrays.copyOf(latencies, count + 2);
                result[count] = errors;
                result[count + 1] = lastEnd;
                return result;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        long lastEnd = measureFrom;
        try {
            for (Future<long[]> future : futures) {
                long[] result = future.get();
                int count = result.length - 2;
                for (int i = 0; i < count; i++) {
                    all.add(result[i]);
                }
                errors += result[count];
                lastEnd = Math.max(lastEnd, result[count + 1]);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
        all.sort(Long::compare);
        double seconds = Math.max(1, lastEnd - measureFrom) / 1e9;
        return new Stats(all.size(), errors, percentile(all, 0.50), percentile(all, 0.99), all.size() / seconds,
                firstError.get());
    }

    /** Nearest-rank percentile in milliseconds; NaN with no sample. */
    static double percentile(List<Long> sortedNanos, double fraction) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sortedNanos.size());
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, rank - 1))) / 1e6;
    }
}
