package io.whosaid.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Sends the items to the service with a few requests in flight, skipping those an earlier run got in, recording
 * each that lands (resume state) and each that fails (failure report). Items are taken from the source one at a
 * time, so no more than {@code concurrency} of them are held at once. A refusal that every later item would get too
 * (no or a wrong API key, the service gone) stops the run instead of failing every item.
 */
final class BulkIngest {

    private static final Set<String> STOPS_THE_RUN = Set.of("UNAUTHENTICATED", "FORBIDDEN", "SERVICE_UNREACHABLE");

    /**
     * What a run did.
     *
     * @param created      articles new to the graph
     * @param alreadyIn    items the service already had (the same content)
     * @param skipped      items an earlier run got in (resume state), not sent
     * @param failed       items that failed, each a line of the failure report
     * @param seconds      how long the run took
     * @param stoppedBecause why the run stopped before the end, or null
     */
    record Summary(long created, long alreadyIn, long skipped, long failed, double seconds, String stoppedBecause) {

        long done() {
            return created + alreadyIn + skipped;
        }

        /** Articles sent and in the graph per second (skipped items cost nothing and are not counted). */
        double articlesPerSecond() {
            return seconds <= 0 ? 0 : (created + alreadyIn) / seconds;
        }
    }

    private final ServiceClient client;
    private final ResumeState state;
    private final FailureReport failures;
    private final int concurrency;

    BulkIngest(ServiceClient client, ResumeState state, FailureReport failures, int concurrency) {
        this.client = client;
        this.state = state;
        this.failures = failures;
        this.concurrency = concurrency;
    }

    Summary run(Iterator<Item> items, Consumer<Outcome> progress) throws InterruptedException {
        LongAdder created = new LongAdder();
        LongAdder alreadyIn = new LongAdder();
        LongAdder skipped = new LongAdder();
        AtomicReference<String> stop = new AtomicReference<>();
        long begun = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "whosaid-ingest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < concurrency; i++) {
                workers.submit(() -> {
                    try {
                        work(items, created, alreadyIn, skipped, stop, progress);
                    } catch (IOException | UncheckedIOException e) {
                        // An input that broke off mid-way, or a report that cannot be written: nothing after it is sure.
                        stop.compareAndSet(null, "READ_FAILED: " + e.getMessage());
                    }
                    return null;
                });
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(365, TimeUnit.DAYS);
        }
        return new Summary(created.sum(), alreadyIn.sum(), skipped.sum(), failures.count(),
                (System.nanoTime() - begun) / 1e9, stop.get());
    }

    private void work(Iterator<Item> items, LongAdder created, LongAdder alreadyIn, LongAdder skipped,
                      AtomicReference<String> stop, Consumer<Outcome> progress) throws IOException, InterruptedException {
        while (stop.get() == null) {
            Item item;
            synchronized (items) {
                if (!items.hasNext()) {
                    return;
                }
                item = items.next();
            }
            Outcome outcome = handle(item);
            switch (outcome.status()) {
                case CREATED -> created.increment();
                case ALREADY_IN -> alreadyIn.increment();
                case SKIPPED -> skipped.increment();
                case FAILED -> {
                    failures.add(item.label(), outcome.code(), outcome.reason());
                    if (STOPS_THE_RUN.contains(outcome.code())) {
                        stop.compareAndSet(null, outcome.code() + ": " + outcome.reason());
                    }
                }
            }
            progress.accept(outcome);
        }
    }

    private Outcome handle(Item item) throws InterruptedException, IOException {
        if (item.problem() != null) {
            return Outcome.failed(item.problem().code(), item.problem().reason());
        }
        if (state.contains(item.key())) {
            return new Outcome(Outcome.Status.SKIPPED, null, null, null);
        }
        Outcome outcome = client.send(item.request());
        if (outcome.in()) {
            state.record(item.key(), outcome.articleId());
        }
        return outcome;
    }
}
