package io.whosaid.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Closed-loop clients timed over a window: each client thread makes its next call as soon as the previous one
 * returns, through a warm-up and then the measured window; the calls begun in the window are the ones counted.
 * The read load ({@link LoadRunner}) and the ingest load ({@link IngestBench}) both measure with it.
 */
final class TimedClients {

    /** What a call is made with. It is made before the call's clock starts, so its cost is not in the latency. */
    @FunctionalInterface
    interface Inputs<T> {
        /** The input of call {@code n} (0, 1, 2 ...) of client {@code client} (0 .. clients - 1). */
        T next(int client, long n);
    }

    /** One timed call: it succeeded if it returns, failed if it throws. */
    @FunctionalInterface
    interface Call<T> {
        void run(T input) throws Exception;
    }

    /**
     * @param latencies    nanoseconds each counted successful call took, in ascending order
     * @param errors       counted calls that failed
     * @param firstError   the first failure as described by the caller, or null
     * @param measureFrom  System.nanoTime() at the start of the window
     * @param measureUntil System.nanoTime() at its end
     * @param lastEnd      when the last counted call ended, or measureFrom when none did
     * @param successEnds  when every successful call ended, counted or not (warm-up included), in no order
     */
    record Timings(
            long[] latencies,
            long errors,
            String firstError,
            long measureFrom,
            long measureUntil,
            long lastEnd,
            long[] successEnds) {

        long succeeded() {
            return latencies.length;
        }

        /** Counted successful calls per second, from the start of the window to the end of the last counted call. */
        double perSecond() {
            return latencies.length / (Math.max(1, lastEnd - measureFrom) / 1e9);
        }

        /** Nearest-rank percentile in milliseconds; NaN with no sample. */
        double percentileMs(double fraction) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(fraction * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1e6;
        }
    }

    /** For {@code countIfEndedWithin}: a call begun in the window counts however late it ends. */
    static final Duration NO_END_LIMIT = Duration.ofNanos(Long.MAX_VALUE);

    /** How long past the window a client short of {@code minSamples} may still start calls. */
    private static final long MAX_OVERTIME_NANOS = 60_000_000_000L;

    private final long measureFrom;
    private final long measureUntil;
    private final int minSamples;
    private final long endLimitNanos;
    private final AtomicReference<String> firstError = new AtomicReference<>();

    private TimedClients(long measureFrom, long measureUntil, int minSamples, long endLimitNanos) {
        this.measureFrom = measureFrom;
        this.measureUntil = measureUntil;
        this.minSamples = minSamples;
        this.endLimitNanos = endLimitNanos;
    }

    /**
     * Runs {@code clients} threads from {@code threadFactory} until the window is over, and returns once all have
     * stopped.
     *
     * @param minSamples         counted calls each client makes even if that takes it past the window (for at
     *                           most a minute past it); 0 stops every client when the window ends
     * @param countIfEndedWithin a call begun in the window counts only if it ends at most this long after the
     *                           window; {@link #NO_END_LIMIT} for no limit
     * @param describe           the first failure's text, from what the call threw; null leaves it to a later one
     */
    static <T> Timings run(
            int clients,
            ThreadFactory threadFactory,
            Duration warmup,
            Duration measure,
            int minSamples,
            Duration countIfEndedWithin,
            Inputs<T> inputs,
            Call<T> call,
            Function<Exception, String> describe)
            throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(clients, threadFactory);
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        TimedClients timed = new TimedClients(
                measureFrom, measureFrom + measure.toNanos(), minSamples, countIfEndedWithin.toNanos());
        List<Future<Client>> futures = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int id = client;
            futures.add(threads.submit(() -> timed.client(id, inputs, call, describe)));
        }
        List<Client> results = new ArrayList<>();
        try {
            for (Future<Client> future : futures) {
                results.add(future.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
        return timed.merge(results);
    }

    /** One client's calls; each thread keeps its own tallies so that clients never contend while measuring. */
    private <T> Client client(int client, Inputs<T> inputs, Call<T> call, Function<Exception, String> describe) {
        Longs latencies = new Longs();
        Longs successEnds = new Longs();
        long errors = 0;
        long lastEnd = 0;
        for (long n = 0; ; n++) {
            long now = System.nanoTime();
            // Calls slower than the window would otherwise leave a client with no sample at all.
            if (now >= measureUntil
                    && (latencies.size + errors >= minSamples || now - measureUntil >= MAX_OVERTIME_NANOS)) {
                break;
            }
            T input = inputs.next(client, n);
            long begun = System.nanoTime();
            boolean failed = false;
            try {
                call.run(input);
            } catch (Exception e) {
                failed = true;
                firstError.compareAndSet(null, describe.apply(e));
            }
            long ended = System.nanoTime();
            if (!failed) {
                successEnds.add(ended);
            }
            if (begun >= measureFrom && ended - measureUntil <= endLimitNanos) {
                if (failed) {
                    errors++;
                } else {
                    latencies.add(ended - begun);
                }
                lastEnd = Math.max(lastEnd, ended);
            }
        }
        return new Client(latencies.toArray(), errors, lastEnd, successEnds.toArray());
    }

    private Timings merge(List<Client> clients) {
        Longs latencies = new Longs();
        Longs successEnds = new Longs();
        long errors = 0;
        long lastEnd = measureFrom;
        for (Client client : clients) {
            latencies.addAll(client.latencies());
            successEnds.addAll(client.successEnds());
            errors += client.errors();
            lastEnd = Math.max(lastEnd, client.lastEnd());
        }
        long[] sorted = latencies.toArray();
        Arrays.sort(sorted);
        return new Timings(sorted, errors, firstError.get(), measureFrom, measureUntil, lastEnd, successEnds.toArray());
    }

    private record Client(long[] latencies, long errors, long lastEnd, long[] successEnds) {}

    /** A growing array of longs: a sample costs no boxing while the clock runs. */
    private static final class Longs {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(long[] more) {
            if (size + more.length > values.length) {
                values = Arrays.copyOf(values, Math.max(size + more.length, size * 2));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
