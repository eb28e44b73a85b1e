package io.whosaid.cli;

import io.whosaid.cli.Item.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Sends the items to the service, a batch per request with a few requests in flight, skipping those an earlier run
 * got in, recording each that lands (resume state) as soon as the service tells it, and each that fails (failure
 * report). Items are taken from the source a batch at a time, so no more than {@code concurrency} batches of them are
 * held at once. A refusal that every later item would get too (no or a wrong API key, the service gone) stops the run
 * instead of failing every item.
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

    /**
     * How many items one request carries: at most {@code items}, and articles of at most {@code chars} characters together (one
     * larger article goes alone), so that a batch's request stays under the service's body limit.
     */
    record Batching(int items, long chars) {}

    private final ServiceClient client;
    private final ResumeState state;
    private final FailureReport failures;
    private final int concurrency;
    private final Batching batching;
    /** An item taken from the source that did not fit the batch it was read for; the next batch begins with it. */
    private Item carried;

    /** {@code client} is null when no service was started, as no item was to be sent (see IngestCommand). */
    BulkIngest(ServiceClient client, ResumeState state, FailureReport failures, int concurrency, Batching batching) {
        this.client = client;
        this.state = state;
        this.failures = failures;
        this.concurrency = concurrency;
        this.batching = batching;
    }

    Summary run(Iterator<Item> items, Consumer<Outcome> progress) throws InterruptedException {
        Counts counts = new Counts(progress);
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
                        work(items, counts);
                    } catch (IOException | UncheckedIOException e) {
                        // An input that broke off mid-way, or a report that cannot be written: nothing after it is
                        // sure.
                        counts.stop.compareAndSet(null, "READ_FAILED: " + e.getMessage());
                    }
                    return null;
                });
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(365, TimeUnit.DAYS);
        }
        return new Summary(
                counts.created.sum(),
                counts.alreadyIn.sum(),
                counts.skipped.sum(),
                failures.count(),
                (System.nanoTime() - begun) / 1e9,
                counts.stop.get());
    }

    /** What the workers have done so far, and why the run stopped. */
    private static final class Counts {
        final LongAdder created = new LongAdder();
        final LongAdder alreadyIn = new LongAdder();
        final LongAdder skipped = new LongAdder();
        final AtomicReference<String> stop = new AtomicReference<>();
        final Consumer<Outcome> progress;

        Counts(Consumer<Outcome> progress) {
            this.progress = progress;
        }
    }

    private void work(Iterator<Item> items, Counts counts) throws IOException, InterruptedException {
        while (counts.stop.get() == null) {
            List<Item> taken = take(items);
            if (taken.isEmpty()) {
                return;
            }
            List<Item> batch = new ArrayList<>();
            for (Item item : taken) {
                if (item.problem() != null) {
                    done(
                            item,
                            Outcome.failed(item.problem().code(), item.problem().reason()),
                            counts);
                } else if (state.contains(item.key())) {
                    done(item, new Outcome(Outcome.Status.SKIPPED, null, null, null), counts);
                } else if (item.request() instanceof Article && !tooLargeToShare(item)) {
                    batch.add(item);
                } else if (counts.stop.get() == null) {
                    done(item, send(item), counts);
                }
            }
            if (client == null && !batch.isEmpty()) {
                for (Item item : batch) {
                    done(item, send(item), counts);
                }
            } else if (batch.size() == 1) {
                done(batch.get(0), client.send(batch.get(0).request()), counts);
            } else if (!batch.isEmpty() && counts.stop.get() == null) {
                client.sendBatch(
                        batch.stream().map(item -> (Article) item.request()).toList(),
                        (index, outcome) -> done(batch.get(index), outcome, counts));
            }
        }
    }

    /** One item alone; with no service (a --direct run that found nothing to send) it stops the run. */
    private Outcome send(Item item) throws InterruptedException {
        if (client == null) {
            return Outcome.failed("SERVICE_UNREACHABLE", "no service was started: the run found nothing to send");
        }
        return client.send(item.request());
    }

    /**
     * The next items of the source, up to the batch's count and characters. Items that will not be sent in a batch (a
     * url, a bad item, one already in) count towards the number only, which keeps how many are held at once bounded.
     */
    private List<Item> take(Iterator<Item> items) {
        List<Item> taken = new ArrayList<>();
        long chars = 0;
        synchronized (this) {
            while (taken.size() < batching.items()) {
                Item item;
                if (carried != null) {
                    item = carried;
                    carried = null;
                } else if (items.hasNext()) {
                    item = items.next();
                } else {
                    break;
                }
                long size = item.request() instanceof Article article && !tooLargeToShare(item) ? chars(article) : 0;
                if (size > 0 && chars > 0 && chars + size > batching.chars()) {
                    carried = item;
                    break;
                }
                chars += size;
                taken.add(item);
            }
        }
        return taken;
    }

    private boolean tooLargeToShare(Item item) {
        return item.request() instanceof Article article && chars(article) > batching.chars();
    }

    private static long chars(Article article) {
        return article.content().length()
                + (article.url() == null ? 0 : article.url().length());
    }

    private void done(Item item, Outcome outcome, Counts counts) throws IOException {
        if (outcome.status() == Outcome.Status.FAILED
                && STOPS_THE_RUN.contains(outcome.code())
                && counts.stop.get() != null) {
            return; // a batch refused as a whole: one line tells it, the rest were not taken in and a next run sends
            // them
        }
        switch (outcome.status()) {
            case CREATED -> counts.created.increment();
            case ALREADY_IN -> counts.alreadyIn.increment();
            case SKIPPED -> counts.skipped.increment();
            case FAILED -> {
                failures.add(item.label(), outcome.code(), outcome.reason());
                if (STOPS_THE_RUN.contains(outcome.code())) {
                    counts.stop.compareAndSet(null, outcome.code() + ": " + outcome.reason());
                }
            }
        }
        if (outcome.in()) {
            state.record(item.key(), outcome.articleId());
        }
        counts.progress.accept(outcome);
    }
}
