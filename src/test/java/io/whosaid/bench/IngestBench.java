package io.whosaid.bench;

import io.whosaid.ingest.resolve.ArticleGraph;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * End-to-end ingest: raw article texts in the service's text format, rendered from generated articles past
 * the end of the loaded corpus (so every one is new), POSTed to {@code ingestArticle} by concurrent clients.
 * Counts the articles acknowledged {@code created: true} within the measured window.
 */
final class IngestBench {

    static final String MUTATION = """
            mutation($text: String!, $url: String, $publishedAt: String) {
              ingestArticle(input: { text: $text, url: $url, publishedAt: $publishedAt }) { created article { id } }
            }""";

    /**
     * @param articles   articles created in the measured window
     * @param perSecond  created articles per second
     * @param p50Ms      median latency of one ingest
     * @param p99Ms      99th percentile latency
     * @param errors     failed ingests in the window
     * @param firstError the first failure, or null
     * @param timeline   articles created in each 10 s slice from the start, warm-up included, to show when the
     *                   rate settles
     */
    record Result(long articles, double perSecond, double p50Ms, double p99Ms, long errors, String firstError,
                  List<Integer> timeline) {
    }

    private static final long SLICE_NANOS = 10_000_000_000L;

    private IngestBench() {
    }

    static Result run(URI endpoint, Map<String, String> headers, CorpusGenerator generator, int clients,
                      Duration warmup, Duration measure) throws InterruptedException {
        GraphQLTarget client = new GraphQLTarget("WhoSaid ingest", endpoint, Map.of(), headers);
        AtomicInteger next = new AtomicInteger(generator.spec().articles());
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        ConcurrentLinkedQueue<Long> successes = new ConcurrentLinkedQueue<>();
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureUntil = measureFrom + measure.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(threads.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                long errors = 0;
                long lastEnd = 0;
                while (System.nanoTime() < measureUntil) {
                    ArticleGraph graph = generator.article(next.getAndIncrement()).graph();
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("text", ArticleText.render(graph));
                    variables.put("url", graph.article().url());
                    variables.put("publishedAt", graph.article().publishedAt());
                    long begun = System.nanoTime();
                    boolean ok;
                    try {
                        JsonObject data = client.post(MUTATION, variables);
                        ok = data.getJsonObject("ingestArticle").getBoolean("created");
                        if (!ok) {
                            firstError.compareAndSet(null, "created: false for " + graph.article().url());
                        }
                    } catch (Exception e) {
                        ok = false;
                        firstError.compareAndSet(null, e.getMessage());
                    }
                    long ended = System.nanoTime();
                    if (ok) {
                        successes.add(ended);
                    }
                    if (begun >= measureFrom && ended <= measureUntil + 30_000_000_000L) {
                        if (ok) {
                            latencies.add(ended - begun);
                        } else {
                            errors++;
                        }
                        lastEnd = Math.max(lastEnd, ended);
                    }
                }
                long[] result = new long[latencies.size() + 2];
                for (int i = 0; i < latencies.size(); i++) {
                    result[i] = latencies.get(i);
                }
                result[latencies.size()] = errors;
                result[latencies.size() + 1] = lastEnd;
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
        int slices = (int) ((measureUntil - started + SLICE_NANOS - 1) / SLICE_NANOS);
        int[] perSlice = new int[slices];
        for (long ended : successes) {
            int slice = (int) ((ended - started) / SLICE_NANOS);
            if (slice < slices) {
                perSlice[slice]++;
            }
        }
        return new Result(all.size(), all.size() / seconds, LoadRunner.percentile(all, 0.5),
                LoadRunner.percentile(all, 0.99), errors, firstError.get(),
                Arrays.stream(perSlice).boxed().toList());
    }
}
