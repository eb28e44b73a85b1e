package io.whosaid.bench;

import io.whosaid.ingest.resolve.ArticleGraph;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-end ingest: raw article texts in the service's text format, rendered from generated articles past
 * the end of the loaded corpus (so every one is new), POSTed to {@code ingestArticle} by concurrent clients, or,
 * with a batch size, sent {@code batch} at a time to {@code ingestBatch} (each client then follows its job with
 * {@code ingestJob} until it is done, and sends the next). Counts the articles acknowledged created within the
 * measured window (for batches: the articles of the jobs begun in the window).
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
    record Result(
            long articles,
            double perSecond,
            double p50Ms,
            double p99Ms,
            long errors,
            String firstError,
            List<Integer> timeline) {}

    static final String SUBMIT = """
            mutation($inputs: [ArticleTextInput!]!) { ingestBatch(inputs: $inputs) { id } }""";
    static final String JOB = """
            query($id: ID!) { ingestJob(id: $id) { state done created failed } }""";

    static final String FAILURES = """
            query($id: ID!) { ingestJob(id: $id) { items(first: 100) { edges { node { index status code message } } } } }""";

    /** Polls answered with no JSON at all (an empty body), asked again; the bench prints how many. */
    static final AtomicInteger EMPTY_ANSWERS = new AtomicInteger();

    private static final long SLICE_NANOS = 10_000_000_000L;

    /** Ingests ending later than this past the window do not count, so one stalled request cannot stretch the rate. */
    private static final Duration LATE_LIMIT = Duration.ofSeconds(30);

    private IngestBench() {}

    static Result run(
            URI endpoint,
            Map<String, String> headers,
            CorpusGenerator generator,
            int clients,
            Duration warmup,
            Duration measure,
            int batch,
            AtomicInteger next)
            throws InterruptedException {
        try (GraphQLTarget client = new GraphQLTarget("WhoSaid ingest", endpoint, Map.of(), headers)) {
            long started = System.nanoTime();
            TimedClients.Timings timings = TimedClients.run(
                    clients,
                    Executors.defaultThreadFactory(),
                    warmup,
                    measure,
                    0,
                    LATE_LIMIT,
                    (c, n) -> batch == 0
                            ? variables(
                                    generator.article(next.getAndIncrement()).graph())
                            : Map.<String, Object>of("inputs", batchInputs(generator, next, batch)),
                    variables -> {
                        if (batch == 0) {
                            ingest(client, variables);
                        } else {
                            ingestBatch(client, variables, batch, 200);
                        }
                    },
                    Exception::getMessage);
            int slices = (int) ((timings.measureUntil() - started + SLICE_NANOS - 1) / SLICE_NANOS);
            int[] perSlice = new int[slices];
            int perCall = Math.max(1, batch);
            for (long ended : timings.successEnds()) {
                int slice = (int) ((ended - started) / SLICE_NANOS);
                if (slice < slices) {
                    perSlice[slice] += perCall;
                }
            }
            return new Result(
                    timings.succeeded() * perCall,
                    timings.perSecond() * perCall,
                    timings.percentileMs(0.5),
                    timings.percentileMs(0.99),
                    timings.errors(),
                    timings.firstError(),
                    Arrays.stream(perSlice).boxed().toList());
        }
    }

    /**
     * CPU used per article by the service and the embedded Neo4j (ms, from /proc) while {@code clients} clients ingest
     * {@code jobs} jobs of {@code batch} new articles, each followed to DONE (the polls included).
     */
    record Cpu(int articles, double seconds, long serviceMs, long neo4jMs, long serviceJitMs, long neo4jJitMs) {

        String describe() {
            return String.format(
                    "%d articles in %.1f s: service %.2f ms, embedded Neo4j %.2f ms, together %.2f ms of CPU per article; "
                            + "without the JIT compiler threads: service %.2f ms, embedded Neo4j %.2f ms, together %.2f ms",
                    articles,
                    seconds,
                    (double) serviceMs / articles,
                    (double) neo4jMs / articles,
                    (double) (serviceMs + neo4jMs) / articles,
                    (double) (serviceMs - serviceJitMs) / articles,
                    (double) (neo4jMs - neo4jJitMs) / articles,
                    (double) (serviceMs - serviceJitMs + neo4jMs - neo4jJitMs) / articles);
        }
    }

    static Cpu cpu(
            URI endpoint,
            Map<String, String> headers,
            CorpusGenerator generator,
            AtomicInteger next,
            int clients,
            int batch,
            int jobs,
            long servicePid,
            long neo4jPid)
            throws Exception {
        try (GraphQLTarget client = new GraphQLTarget("WhoSaid ingest", endpoint, Map.of(), headers)) {
            AtomicInteger left = new AtomicInteger(jobs);
            long service = ProcessCpu.millis(servicePid);
            long neo4j = ProcessCpu.millis(neo4jPid);
            long serviceJit = ProcessCpu.compilerMillis(servicePid);
            long neo4jJit = ProcessCpu.compilerMillis(neo4jPid);
            long begun = System.nanoTime();
            var threads = Executors.newFixedThreadPool(clients);
            try {
                List<java.util.concurrent.Future<Object>> running = new java.util.ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    running.add(threads.submit(() -> {
                        while (left.getAndDecrement() > 0) {
                            // Polled every second: the polls' CPU grows with the time a job takes, and on a loaded
                            // machine that would be charged to the articles.
                            ingestBatch(
                                    client,
                                    Map.<String, Object>of("inputs", batchInputs(generator, next, batch)),
                                    batch,
                                    1000);
                        }
                        return null;
                    }));
                }
                for (var future : running) {
                    future.get();
                }
            } finally {
                threads.shutdownNow();
            }
            return new Cpu(
                    jobs * batch,
                    (System.nanoTime() - begun) / 1e9,
                    ProcessCpu.millis(servicePid) - service,
                    ProcessCpu.millis(neo4jPid) - neo4j,
                    ProcessCpu.compilerMillis(servicePid) - serviceJit,
                    ProcessCpu.compilerMillis(neo4jPid) - neo4jJit);
        }
    }

    private static Map<String, Object> variables(ArticleGraph graph) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("text", ArticleText.render(graph));
        variables.put("url", graph.article().url());
        variables.put("publishedAt", graph.article().publishedAt());
        return variables;
    }

    private static List<Map<String, Object>> batchInputs(CorpusGenerator generator, AtomicInteger next, int batch) {
        List<Map<String, Object>> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < batch; i++) {
            inputs.add(variables(generator.article(next.getAndIncrement()).graph()));
        }
        return inputs;
    }

    /** One job of {@code batch} articles, followed until done; every one of them must be created. */
    private static void ingestBatch(GraphQLTarget client, Map<String, Object> variables, int batch, long pollMillis)
            throws Exception {
        String id = client.post(SUBMIT, variables).getJsonObject("ingestBatch").getString("id");
        while (true) {
            JsonObject job;
            try {
                job = client.post(JOB, Map.of("id", id)).getJsonObject("ingestJob");
            } catch (jakarta.json.stream.JsonParsingException empty) {
                // An answer that is not JSON (empty): the poll changes nothing, so it is asked again; counted apart.
                EMPTY_ANSWERS.incrementAndGet();
                continue;
            }
            if (job.getString("state").equals("DONE")) {
                if (job.getInt("created") != batch) {
                    JsonObject failed = client.post(FAILURES, Map.of("id", id)).getJsonObject("ingestJob");
                    String first = failed.getJsonObject("items").getJsonArray("edges").stream()
                            .map(edge -> edge.asJsonObject().getJsonObject("node"))
                            .filter(node -> !node.getString("status").equals("CREATED"))
                            .map(Object::toString)
                            .findFirst()
                            .orElse("");
                    throw new IllegalStateException("job " + id + ": " + job.getInt("created") + " of " + batch
                            + " created, " + job.getInt("failed") + " failed; first: " + first);
                }
                return;
            }
            // In the timed run as often as the command-line client looks (ServiceClient): every 200 ms. Every 20 ms,
            // two
            // clients' polls took about half of the service's CPU (JFR), which the ingest itself then lacked.
            Thread.sleep(pollMillis);
        }
    }

    private static void ingest(GraphQLTarget client, Map<String, Object> variables) throws Exception {
        JsonObject data = client.post(MUTATION, variables);
        if (!data.getJsonObject("ingestArticle").getBoolean("created")) {
            throw new IllegalStateException("created: false for " + variables.get("url"));
        }
    }
}
