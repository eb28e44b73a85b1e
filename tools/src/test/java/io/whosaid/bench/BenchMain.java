package io.whosaid.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * The benchmark (run by scripts/bench.sh): loads or reuses a generated graph, starts the service on a copy of
 * it, asks the standard requests of WhoSaid, of raw Cypher and of @neo4j/graphql at each concurrency, measures
 * ingest, and prints the tables and, last, the one-line summary.
 */
public final class BenchMain {

    private final Arguments arguments;
    private final PrintStream out = System.out;
    private final StringBuilder report = new StringBuilder();

    private BenchMain(Arguments arguments) {
        this.arguments = arguments;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        new BenchMain(new Arguments(args)).run();
        // The HTTP clients' and driver's non-daemon threads must not keep the JVM alive.
        System.exit(0);
    }

    private void run() throws Exception {
        boolean quick = arguments.flag("--quick");
        Path project =
                Path.of(arguments.value("--project", ".")).toAbsolutePath().normalize();
        CorpusSpec spec = new CorpusSpec(
                arguments.intValue("--articles", quick ? 2_000 : 10_000), arguments.longValue("--seed", 42));
        int[] concurrencies = Arrays.stream(
                        arguments.value("--concurrency", quick ? "1" : "1,8,32").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        Duration warmup =
                Duration.ofMillis((long) (1000 * Double.parseDouble(arguments.value("--warmup", quick ? "0.5" : "2"))));
        Duration measure = Duration.ofMillis(
                (long) (1000 * Double.parseDouble(arguments.value("--seconds", quick ? "1.5" : "5"))));
        Duration ingestTime = Duration.ofSeconds(arguments.intValue("--ingest-seconds", quick ? 6 : 30));
        // Sustained ingest is measured once the JIT has compiled the write path of both JVMs: from a cold start
        // the rate climbs for about two minutes while compilation takes up to half the CPU (see the timeline it
        // prints).
        Duration ingestWarmup = Duration.ofSeconds(arguments.intValue("--ingest-warmup", quick ? 10 : 120));
        Duration jitWarmup = Duration.ofSeconds(arguments.intValue("--jit-warmup", quick ? 15 : 60));
        long begun = System.nanoTime();

        // 1. The graph: loaded once per spec, then copied so that ingest never changes the cached store.
        Path cached = BenchStore.ensure(project, spec, BenchStore.LoadSettings.forArticles(spec.articles()), out);
        String metrics = arguments.value("--metrics", "on");
        line("bench: metrics %s", metrics.equals("off") ? "off" : "on");
        HttpClient probe = HttpClient.newHttpClient();
        try (BenchService service = BenchService.start(
                project,
                cached,
                "main",
                arguments.value("--service-heap", "512m"),
                arguments.value("--page-cache", null),
                Map.of("WHOSAID_METRICS_ENABLED", Boolean.toString(!metrics.equals("off"))),
                out)) {
            Path store = service.store();
            int boltPort = service.boltPort();
            URI endpoint = service.graphql();
            Map<String, String> ingestHeaders = Map.of("X-API-Key", service.apiKey());
            line(
                    "bench: graph %s (%s nodes, %s relationships), copied to %s",
                    spec.key(), markerValue(cached, "nodes"), markerValue(cached, "relationships"), store);

            try (Driver driver = GraphDatabase.driver(
                            "bolt://127.0.0.1:" + boltPort,
                            AuthTokens.none(),
                            Config.builder()
                                    .withLogging(Logging.none())
                                    .withMaxConnectionPoolSize(64)
                                    .build());
                    ChildProcess peer = arguments.flag("--no-peer") ? null : startPeer(project, boltPort);
                    // Quick mode leaves the bare HTTP server out (--relay puts it back) to stay under 3 minutes.
                    ChildProcess relay = arguments.flag("--no-relay") || (quick && !arguments.flag("--relay"))
                            ? null
                            : startRelay(project, boltPort, probe)) {
                List<Target> targets = new ArrayList<>();
                WhoSaidTarget whoSaid = new WhoSaidTarget(endpoint, Map.of());
                targets.add(whoSaid);
                targets.add(new CypherTarget(driver, StandardQueries.load(project)));
                if (relay != null) {
                    targets.add(new RelayTarget(URI.create("http://127.0.0.1:" + relayPort + "/")));
                }
                if (peer != null) {
                    targets.add(new Neo4jGraphQLTarget(URI.create("http://127.0.0.1:" + peerPort + "/")));
                }
                Workload workload = new Workload(new CorpusGenerator(spec));
                Map<String, Map<StandardRequest, Map<Integer, LoadRunner.Stats>>> results = new LinkedHashMap<>();
                if (!arguments.flag("--no-reads")) {
                    Map<String, Map<StandardRequest, String>> unsupported = check(targets, workload);
                    warmUp(targets, workload, unsupported, jitWarmup);
                    results = measure(targets, workload, unsupported, concurrencies, warmup, measure);
                    printTables(targets, results, unsupported, concurrencies);
                    printFloor(whoSaid, results, concurrencies[0], warmup, measure);
                    if (relay != null) {
                        printHttpBound(results, concurrencies);
                    }
                }

                Memory serviceMemory = Memory.of(service.process().pid());
                Memory neo4jMemory = neo4jPid(store) > 0 ? Memory.of(neo4jPid(store)) : null;
                line("bench: memory while serving: service %s", serviceMemory.describe());
                if (neo4jMemory != null) {
                    line("bench: memory while serving: embedded Neo4j %s", neo4jMemory.describe());
                }
                if (peer != null) {
                    line(
                            "bench: memory while serving: @neo4j/graphql (node) %s",
                            Memory.of(peer.pid()).describe().replaceAll(", heap.*", ""));
                }

                double ingestPerSecond = Double.NaN;
                if (!arguments.flag("--no-ingest")) {
                    // Sampled through the whole ingest (warm-up included): memory must stay bounded however much
                    // goes in, in the service and in the Neo4j that writes it.
                    MemoryPeaks serviceDuringIngest =
                            MemoryPeaks.watch(service.process().pid(), 5);
                    MemoryPeaks neo4jDuringIngest = MemoryPeaks.watch(neo4jPid(store), 5);
                    java.util.concurrent.atomic.AtomicInteger nextArticle =
                            new java.util.concurrent.atomic.AtomicInteger(spec.articles());
                    CorpusGenerator ingestGenerator = new CorpusGenerator(spec);
                    IngestBench.Result ingest = IngestBench.run(
                            endpoint,
                            ingestHeaders,
                            ingestGenerator,
                            arguments.intValue("--ingest-clients", 8),
                            ingestWarmup,
                            ingestTime,
                            arguments.intValue("--ingest-batch", 0),
                            nextArticle);
                    ingestPerSecond = ingest.perSecond();
                    line(
                            "bench: ingest, %d clients%s, %d s after %d s of warm-up: %d articles created, %.1f articles/s, p50 %.0f ms, p99 %.0f ms, %d errors%s",
                            arguments.intValue("--ingest-clients", 8),
                            arguments.intValue("--ingest-batch", 0) == 0
                                    ? " (ingestArticle)"
                                    : " (ingestBatch of " + arguments.intValue("--ingest-batch", 0) + ")",
                            ingestTime.toSeconds(),
                            ingestWarmup.toSeconds(),
                            ingest.articles(),
                            ingest.perSecond(),
                            ingest.p50Ms(),
                            ingest.p99Ms(),
                            ingest.errors(),
                            ingest.firstError() == null ? "" : " (first: " + ingest.firstError() + ")");
                    line(
                            "bench: ingest timeline, articles created per 10 s from the first request (warm-up included): %s",
                            ingest.timeline());
                    // CPU per article over a fixed number of jobs after the timed ingest (so the JIT is warm): a
                    // measure the other users of a shared machine change little, unlike articles per second.
                    int cpuJobs = arguments.intValue("--ingest-cpu-jobs", 0);
                    int batch = arguments.intValue("--ingest-batch", 0);
                    if (cpuJobs > 0 && batch > 0) {
                        line("bench: ingest CPU: %d jobs of %d articles begin", cpuJobs, batch);
                        IngestBench.Cpu cpu = IngestBench.cpu(
                                endpoint,
                                ingestHeaders,
                                ingestGenerator,
                                nextArticle,
                                arguments.intValue("--ingest-clients", 8),
                                batch,
                                cpuJobs,
                                service.process().pid(),
                                neo4jPid(store));
                        line("bench: ingest CPU, %s", cpu.describe());
                    }
                    line(
                            "bench: ingest polls answered with an empty body (asked again): %d",
                            IngestBench.EMPTY_ANSWERS.get());
                    serviceDuringIngest.close();
                    line("bench: memory during ingest: service %s", serviceDuringIngest.describe());
                    if (neo4jDuringIngest != null) {
                        neo4jDuringIngest.close();
                        line("bench: memory during ingest: embedded Neo4j %s", neo4jDuringIngest.describe());
                    }
                }
                // Last: WhoSaid over the HTTP bound (raw Cypher behind a bare HTTP server), n/a without --relay.
                String summary = String.format(
                        "bench: graphql_vs_cypher_p50=%s whosaid_vs_neo4j_graphql_p50=%s ingest_articles_per_s=%s whosaid_vs_http_bound_p50=%s",
                        format(geometricMeanRatio(results, "WhoSaid", "raw Cypher", concurrencies[0])),
                        format(geometricMeanRatio(results, "WhoSaid", "@neo4j/graphql", concurrencies[0])),
                        Double.isNaN(ingestPerSecond) ? "n/a" : String.format("%.1f", ingestPerSecond),
                        format(geometricMeanRatio(results, "WhoSaid", "raw Cypher over HTTP", concurrencies[0])));
                writeReport(project, spec);
                line(
                        "bench: done in %.0f s; report in target/bench-report-%s.md",
                        (System.nanoTime() - begun) / 1e9, spec.key());
                out.println(summary);
            }
        }
    }

    private int peerPort;

    /** The @neo4j/graphql server, from target/bench-node (scripts/bench.sh installs it); null when not installed. */
    private ChildProcess startPeer(Path project, int boltPort) {
        Path dir = project.resolve("target/bench-node");
        if (!Files.isDirectory(dir.resolve("node_modules/@neo4j/graphql"))) {
            line(
                    "bench: @neo4j/graphql is not installed in %s (needs node and npm; scripts/bench.sh installs it): skipped",
                    dir);
            return null;
        }
        peerPort = ChildProcess.freePort();
        ChildProcess peer = ChildProcess.start(
                "@neo4j/graphql",
                List.of("node", "server.mjs"),
                dir,
                Map.of("NEO4J_URI", "bolt://127.0.0.1:" + boltPort, "PORT", Integer.toString(peerPort)),
                project.resolve("target/bench-run/neo4j-graphql.log"));
        try (GraphQLTarget ping = new GraphQLTarget(
                "@neo4j/graphql", URI.create("http://127.0.0.1:" + peerPort + "/"), Map.of(), Map.of())) {
            peer.awaitReady(
                    () -> {
                        try {
                            ping.post("{ __typename }", Map.of());
                            return true;
                        } catch (Exception e) {
                            return false;
                        }
                    },
                    Duration.ofMinutes(2));
        }
        line("bench: @neo4j/graphql ready (pid %d, port %d)", peer.pid(), peerPort);
        return peer;
    }

    private int relayPort;

    /** The bare HTTP server in front of the standard Cypher ({@link CypherRelay}), in its own JVM. */
    private ChildProcess startRelay(Path project, int boltPort, HttpClient probe) {
        relayPort = ChildProcess.freePort();
        ChildProcess relay = ChildProcess.start(
                "relay",
                CypherRelay.command(
                        Path.of(System.getProperty("java.home"), "bin", "java"),
                        System.getProperty("java.class.path"),
                        relayPort,
                        boltPort,
                        project),
                project,
                Map.of(),
                project.resolve("target/bench-run/relay.log"));
        relay.awaitReady(
                () -> ChildProcess.answers200(probe, "http://127.0.0.1:" + relayPort + "/ready"),
                Duration.ofMinutes(1));
        line("bench: raw Cypher over HTTP ready (pid %d, port %d)", relay.pid(), relayPort);
        return relay;
    }

    /**
     * Asks each request once of every system and prints how many items each answered, so a reader sees they do
     * the same work. A system that fails a request is marked unable to serve it, with the reason.
     */
    private Map<String, Map<StandardRequest, String>> check(List<Target> targets, Workload workload) {
        Map<String, Map<StandardRequest, String>> unsupported = new HashMap<>();
        section(
                "## Same answers\n\nItems answered for the first parameter set of each request (quotes+comments, quotes on the page, nodes, hits, speakers):\n");
        StringBuilder header = new StringBuilder("| request |");
        targets.forEach(t -> header.append(' ').append(t.name()).append(" |"));
        line("%s", header);
        line("|---|%s", "---|".repeat(targets.size()));
        for (StandardRequest request : StandardRequest.values()) {
            StringBuilder row = new StringBuilder("| (" + request.letter() + ") " + request.description() + " |");
            Map<String, Integer> items = new HashMap<>();
            for (Target target : targets) {
                try {
                    int answered =
                            target.execute(request, workload.pool(request).get(0));
                    items.put(target.name(), answered);
                    row.append(' ').append(answered).append(" |");
                } catch (Exception e) {
                    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    unsupported
                            .computeIfAbsent(target.name(), k -> new EnumMap<>(StandardRequest.class))
                            .put(request, reason);
                    row.append(" fails |");
                }
            }
            line("%s", row);
            // A wrong answer is not measured: its latency would compare different work.
            Integer cypher = items.get("raw Cypher");
            for (String name : List.of("WhoSaid", "raw Cypher over HTTP")) {
                Integer answered = items.get(name);
                if (answered != null && cypher != null && !answered.equals(cypher)) {
                    unsupported
                            .computeIfAbsent(name, k -> new EnumMap<>(StandardRequest.class))
                            .put(request, "WRONG ANSWER: " + answered + " items where raw Cypher answers " + cypher);
                }
            }
        }
        unsupported.forEach((target, failures) -> failures.forEach(
                (request, reason) -> line("bench: %s cannot serve (%s): %s", target, request.letter(), reason)));
        return unsupported;
    }

    /**
     * Every system serves every request for a while before anything is measured: a JVM (WhoSaid) or V8 (the peer)
     * that has just started runs its request path interpreted, and the short per-request warm-up before each
     * window is not long enough for the just-in-time compilers. Neo4j warms its plans and page cache here too.
     */
    private void warmUp(
            List<Target> targets,
            Workload workload,
            Map<String, Map<StandardRequest, String>> unsupported,
            Duration perTarget)
            throws InterruptedException {
        if (perTarget.isZero()) {
            return;
        }
        for (Target target : targets) {
            List<StandardRequest> served = Arrays.stream(StandardRequest.values())
                    .filter(request ->
                            !unsupported.getOrDefault(target.name(), Map.of()).containsKey(request))
                    .toList();
            Duration each = perTarget.dividedBy(Math.max(1, served.size()));
            for (StandardRequest request : served) {
                LoadRunner.run(target, request, workload.pool(request), 2, Duration.ZERO, each);
            }
            out.printf(
                    "bench: %s warmed up: %d s over %d requests at concurrency 2, not measured%n",
                    target.name(), perTarget.toSeconds(), served.size());
        }
    }

    private Map<String, Map<StandardRequest, Map<Integer, LoadRunner.Stats>>> measure(
            List<Target> targets,
            Workload workload,
            Map<String, Map<StandardRequest, String>> unsupported,
            int[] concurrencies,
            Duration warmup,
            Duration measure)
            throws InterruptedException {
        Map<String, Map<StandardRequest, Map<Integer, LoadRunner.Stats>>> results = new LinkedHashMap<>();
        // Systems take turns per request and concurrency, so slow drifts of a shared machine hit all alike.
        for (StandardRequest request : StandardRequest.values()) {
            for (int concurrency : concurrencies) {
                for (Target target : targets) {
                    if (unsupported.getOrDefault(target.name(), Map.of()).containsKey(request)) {
                        continue;
                    }
                    LoadRunner.Stats stats =
                            LoadRunner.run(target, request, workload.pool(request), concurrency, warmup, measure);
                    results.computeIfAbsent(target.name(), k -> new EnumMap<>(StandardRequest.class))
                            .computeIfAbsent(request, k -> new LinkedHashMap<>())
                            .put(concurrency, stats);
                    out.printf(
                            "bench: (%s) %-15s c=%-2d p50 %8.2f ms  p99 %8.2f ms  %8.1f req/s  %d errors%s%n",
                            request.letter(),
                            target.name(),
                            concurrency,
                            stats.p50Ms(),
                            stats.p99Ms(),
                            stats.perSecond(),
                            stats.errors(),
                            stats.firstError() == null ? "" : " (first: " + stats.firstError() + ")");
                }
            }
        }
        return results;
    }

    private void printTables(
            List<Target> targets,
            Map<String, Map<StandardRequest, Map<Integer, LoadRunner.Stats>>> results,
            Map<String, Map<StandardRequest, String>> unsupported,
            int[] concurrencies) {
        section("## Latency and throughput\n");
        line("| request | system | served by | c | p50 ms | p99 ms | req/s | errors |");
        line("|---|---|---|---|---|---|---|---|");
        for (StandardRequest request : StandardRequest.values()) {
            for (Target target : targets) {
                Map<Integer, LoadRunner.Stats> byConcurrency =
                        results.getOrDefault(target.name(), Map.of()).get(request);
                if (byConcurrency == null) {
                    line(
                            "| (%s) | %s | cannot: %s | | | | | |",
                            request.letter(),
                            target.name(),
                            unsupported
                                    .getOrDefault(target.name(), Map.of())
                                    .getOrDefault(request, "not run")
                                    .replace('|', '/')
                                    .replace('\n', ' '));
                    continue;
                }
                byConcurrency.forEach((c, s) -> line(
                        "| (%s) | %s | %s | %d | %.2f | %.2f | %.1f | %d |",
                        request.letter(),
                        target.name(),
                        target.how(request),
                        c,
                        s.p50Ms(),
                        s.p99Ms(),
                        s.perSecond(),
                        s.errors()));
            }
        }
        section("## Ratios (p50 of WhoSaid / p50 of the other; below 1 means WhoSaid is faster)\n");
        printRatioTable(
                results,
                concurrencies,
                List.of(
                        new RatioColumn("vs raw Cypher", "WhoSaid", "raw Cypher"),
                        new RatioColumn("vs @neo4j/graphql", "WhoSaid", "@neo4j/graphql")));
    }

    /** A column of p50 ratios: {@code of} over {@code to}, headed {@code label} and the concurrency. */
    private record RatioColumn(String label, String of, String to) {}

    /** A row per request and one of geometric means, with each column at each concurrency. */
    private void printRatioTable(
            Map<String, Map<StandardRequest, Map<Integer, LoadRunner.Stats>>> results,
            int[] concurrencies,
            List<RatioColumn> columns) {
        StringBuilder header = new StringBuilder("| request |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int c : concurrencies) {
            for (RatioColumn column : columns) {
                header.append(' ')
                        .append(column.label())
                        .append(" c=")
                        .append(c)
                        .append(" |");
                rule.append("---|");
            }
        }
        line("%s", header);
        line("%s", rule);
        for (StandardRequest request : StandardRequest.values()) {
            StringBuilder row = new StringBuilder("| (" + request.letter() + ") " + request.description() + " |");
            for (int c : concurrencies) {
                for (RatioColumn column : columns) {
                    row.append(' ')
                            .append(format(ratio(results, column.of(), column.to(), request, c)))
                            .append(" |");
                }
            }
            line("%s", row);
        }
        StringBuilder mean = new StringBuilder("| geometric mean |");
        for (int c : concurrencies) {
            for (RatioColumn column : columns) {
                mean.append(' ')
                        .append(format(geometricMeanRatio(results, column.of(), column.to(), c)))
                        .append(" |");
            }
        }
        line("%s", mean);
    }

    /**
     * Measures WhoSaid's GraphQL-over-HTTP floor ({@link FloorTarget}) and prints, per request, the least
     * WhoSaid / raw Cypher ratio any server behind this HTTP and GraphQL layer could reach: raw + floor over raw.
     */
    private void printFloor(
            GraphQLTarget whoSaid,
            Map<String, Map<StandardRequest, Map<Integer, LoadRunner.Stats>>> results,
            int concurrency,
            Duration warmup,
            Duration measure)
            throws InterruptedException {
        LoadRunner.Stats floor = LoadRunner.run(
                new FloorTarget(whoSaid), StandardRequest.ARTICLE, List.of(Map.of()), concurrency, warmup, measure);
        line(
                "bench: WhoSaid floor c=%d ({ __typename }, no resolver, no database): p50 %.2f ms, p99 %.2f ms, %.0f req/s",
                concurrency, floor.p50Ms(), floor.p99Ms(), floor.perSecond());
        section("## The floor: the least ratio to raw Cypher a GraphQL server over HTTP could reach (c=" + concurrency
                + ")\n");
        line("| request | raw Cypher p50 ms | + floor p50 ms | least possible ratio | WhoSaid ratio |");
        line("|---|---|---|---|---|");
        for (StandardRequest request : StandardRequest.values()) {
            LoadRunner.Stats raw = results.getOrDefault("raw Cypher", Map.of())
                    .getOrDefault(request, Map.of())
                    .get(concurrency);
            if (raw == null || raw.requests() == 0) {
                continue;
            }
            line(
                    "| (%s) %s | %.2f | %.2f | %s | %s |",
                    request.letter(),
                    request.description(),
                    raw.p50Ms(),
                    floor.p50Ms(),
                    format((raw.p50Ms() + floor.p50Ms()) / raw.p50Ms()),
                    format(ratio(results, "WhoSaid", "raw Cypher", request, concurrency)));
        }
    }

    /**
     * Prints, per request and concurrency, raw Cypher over HTTP / raw Cypher next to WhoSaid / raw Cypher: the
     * first is what the HTTP hop and JSON alone cost, with no GraphQL and no service logic, so no HTTP API over
     * the same query can be expected below it on this machine.
     */
    private void printHttpBound(
            Map<String, Map<StandardRequest, Map<Integer, LoadRunner.Stats>>> results, int[] concurrencies) {
        section("## The HTTP bound: raw Cypher behind a bare HTTP server, over raw Cypher (p50)\n");
        printRatioTable(
                results,
                concurrencies,
                List.of(
                        new RatioColumn("bare HTTP / raw", "raw Cypher over HTTP", "raw Cypher"),
                        new RatioColumn("WhoSaid / raw", "WhoSaid", "raw Cypher")));
    }

    static double ratio(
            Map<String, Map<StandardRequest, Map<Integer, LoadRunner.Stats>>> results,
            String of,
            String to,
            StandardRequest request,
            int concurrency) {
        LoadRunner.Stats a = results.getOrDefault(of, Map.of())
                .getOrDefault(request, Map.of())
                .get(concurrency);
        LoadRunner.Stats b = results.getOrDefault(to, Map.of())
                .getOrDefault(request, Map.of())
                .get(concurrency);
        if (a == null || b == null || a.requests() == 0 || b.requests() == 0) {
            return Double.NaN;
        }
        return a.p50Ms() / b.p50Ms();
    }

    /** The geometric mean of the per-request p50 ratios over the requests both systems served. */
    static double geometricMeanRatio(
            Map<String, Map<StandardRequest, Map<Integer, LoadRunner.Stats>>> results,
            String of,
            String to,
            int concurrency) {
        double logSum = 0;
        int n = 0;
        for (StandardRequest request : StandardRequest.values()) {
            double r = ratio(results, of, to, request, concurrency);
            if (!Double.isNaN(r) && r > 0) {
                logSum += Math.log(r);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logSum / n);
    }

    /** The store's size in megabytes plus a quarter, and never under the service's default of 256m. */
    static String pageCacheFor(Path store) throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(store.resolve("data"))) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
        return Math.max(256, bytes * 5 / 4 / (1024 * 1024)) + "m";
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%.2f", value);
    }

    private static long neo4jPid(Path store) {
        return io.whosaid.graph.embedded.EmbeddedNeo4j.pidIn(store);
    }

    private static String markerValue(Path store, String key) {
        try (var in = Files.newBufferedReader(store.resolve(BenchStore.MARKER))) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty(key, "?");
        } catch (IOException e) {
            return "?";
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }

    private void section(String heading) {
        out.println();
        out.println(heading);
        report.append('\n').append(heading).append('\n');
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        out.println(text);
        report.append(text).append('\n');
    }

    private void writeReport(Path project, CorpusSpec spec) throws IOException {
        Files.writeString(project.resolve("target/bench-report-" + spec.key() + ".md"), report.toString());
    }
}
