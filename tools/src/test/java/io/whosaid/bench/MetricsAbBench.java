package io.whosaid.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Metrics off against metrics on, side by side (scripts/bench.sh --ab-metrics): two services on two copies of the
 * same store, one with WHOSAID_METRICS_ENABLED=false, asked the same standard requests in small batches that
 * alternate between them (off, on, then on, off), one request at a time. Whatever else loads the machine loads both
 * alike within a batch, so the ratio of their medians is steadier than two runs one after the other. Prints each
 * round's p50 off, p50 on and ratio (geometric mean over the standard requests), then the ratio's median and spread.
 *
 * <pre>--articles N (2000)  --rounds R (10)  --batch B (8)  --per-round N (10 batches of each request)  --jit-warmup S (30)</pre>
 */
public final class MetricsAbBench {

    private static int errors;

    private MetricsAbBench() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Arguments arguments = new Arguments(args);
        Path project =
                Path.of(arguments.value("--project", ".")).toAbsolutePath().normalize();
        CorpusSpec spec = new CorpusSpec(arguments.intValue("--articles", 2_000), arguments.longValue("--seed", 42));
        int rounds = arguments.intValue("--rounds", 10);
        int batch = arguments.intValue("--batch", 8);
        int batchesPerRound = arguments.intValue("--per-round", 10);
        long warmupMillis = 1000L * arguments.intValue("--jit-warmup", 30);
        Path cached =
                BenchStore.ensure(project, spec, BenchStore.LoadSettings.forArticles(spec.articles()), System.out);
        Workload workload = new Workload(new CorpusGenerator(spec));
        try (BenchService off = BenchService.start(
                        project,
                        cached,
                        "metrics-off",
                        "512m",
                        null,
                        Map.of("WHOSAID_METRICS_ENABLED", "false"),
                        System.out);
                BenchService on = BenchService.start(
                        project,
                        cached,
                        "metrics-on",
                        "512m",
                        null,
                        Map.of("WHOSAID_METRICS_ENABLED", "true"),
                        System.out);
                WhoSaidTarget offTarget = new WhoSaidTarget(off.graphql(), Map.of());
                WhoSaidTarget onTarget = new WhoSaidTarget(on.graphql(), Map.of())) {
            List<StandardRequest> requests = Arrays.stream(StandardRequest.values())
                    .filter(r -> offTarget.how(r) != null)
                    .toList();
            // Warm-up, not measured: the same alternation, until both JITs have compiled the read paths.
            long warmEnd = System.currentTimeMillis() + warmupMillis;
            int cursor = 0;
            while (System.currentTimeMillis() < warmEnd) {
                for (StandardRequest request : requests) {
                    cursor = alternate(
                            offTarget, onTarget, request, workload.pool(request), cursor, batch, true, null, null);
                }
            }
            System.out.printf(
                    "bench: A/B warmed up for %d s; %d rounds of %d batches of %d per request, concurrency 1%n",
                    warmupMillis / 1000, rounds, batchesPerRound, batch);
            List<Double> ratios = new ArrayList<>();
            Map<StandardRequest, List<Double>> allOff = new EnumMap<>(StandardRequest.class);
            Map<StandardRequest, List<Double>> allOn = new EnumMap<>(StandardRequest.class);
            for (int round = 1; round <= rounds; round++) {
                Map<StandardRequest, List<Double>> roundOff = new EnumMap<>(StandardRequest.class);
                Map<StandardRequest, List<Double>> roundOn = new EnumMap<>(StandardRequest.class);
                for (int b = 0; b < batchesPerRound; b++) {
                    for (StandardRequest request : requests) {
                        List<Double> o = roundOff.computeIfAbsent(request, k -> new ArrayList<>());
                        List<Double> n = roundOn.computeIfAbsent(request, k -> new ArrayList<>());
                        // Who goes first changes every batch (ABBA), so neither always meets a warmer cache.
                        cursor = alternate(
                                offTarget,
                                onTarget,
                                request,
                                workload.pool(request),
                                cursor,
                                batch,
                                (b + round) % 2 == 0,
                                o,
                                n);
                    }
                }
                double logSum = 0;
                double offMedianSum = 0;
                double onMedianSum = 0;
                for (StandardRequest request : requests) {
                    double p50Off = median(roundOff.get(request));
                    double p50On = median(roundOn.get(request));
                    if (Double.isNaN(p50Off) || Double.isNaN(p50On)) {
                        throw new IllegalStateException("every " + request + " request of round " + round + " failed");
                    }
                    logSum += Math.log(p50On / p50Off);
                    offMedianSum += p50Off;
                    onMedianSum += p50On;
                    allOff.computeIfAbsent(request, k -> new ArrayList<>()).addAll(roundOff.get(request));
                    allOn.computeIfAbsent(request, k -> new ArrayList<>()).addAll(roundOn.get(request));
                }
                double ratio = Math.exp(logSum / requests.size());
                ratios.add(ratio);
                System.out.printf(
                        "bench: A/B round %2d: mean of the p50s off %.2f ms, on %.2f ms; on/off %.3f (geometric mean of %d requests)%n",
                        round, offMedianSum / requests.size(), onMedianSum / requests.size(), ratio, requests.size());
            }
            for (StandardRequest request : requests) {
                System.out.printf(
                        "bench: A/B (%s) %-22s p50 off %7.2f ms  on %7.2f ms  on/off %.3f  (%d requests each)%n",
                        request.letter(),
                        request.name(),
                        median(allOff.get(request)),
                        median(allOn.get(request)),
                        median(allOn.get(request)) / median(allOff.get(request)),
                        allOff.get(request).size());
            }
            List<Double> sorted = ratios.stream().sorted().toList();
            System.out.printf(
                    "bench: metrics_on_vs_off_p50 median %.3f, min %.3f, max %.3f, middle half %.3f-%.3f over %d rounds; %d failed requests%n",
                    median(ratios),
                    sorted.get(0),
                    sorted.get(sorted.size() - 1),
                    sorted.get(sorted.size() / 4),
                    sorted.get((3 * sorted.size() - 1) / 4),
                    rounds,
                    errors);
        }
        System.exit(0);
    }

    /**
     * One batch of {@code request} on each service, the same parameters in the same order, the first service chosen
     * by {@code offFirst}; latencies in ms go to the lists (null: not recorded). Returns where the pool continues.
     */
    private static int alternate(
            Target off,
            Target on,
            StandardRequest request,
            List<Map<String, Object>> pool,
            int cursor,
            int batch,
            boolean offFirst,
            List<Double> offTimes,
            List<Double> onTimes)
            throws Exception {
        Target first = offFirst ? off : on;
        Target second = offFirst ? on : off;
        List<Double> firstTimes = offFirst ? offTimes : onTimes;
        List<Double> secondTimes = offFirst ? onTimes : offTimes;
        run(first, request, pool, cursor, batch, firstTimes);
        run(second, request, pool, cursor, batch, secondTimes);
        return (cursor + batch) % pool.size();
    }

    private static void run(
            Target target,
            StandardRequest request,
            List<Map<String, Object>> pool,
            int cursor,
            int batch,
            List<Double> times)
            throws Exception {
        for (int i = 0; i < batch; i++) {
            Map<String, Object> parameters = pool.get((cursor + i) % pool.size());
            long begun = System.nanoTime();
            try {
                target.execute(request, parameters);
            } catch (Exception e) {
                // A failed request (e.g. a read timeout on a saturated machine) is counted, not timed.
                errors++;
                continue;
            }
            if (times != null) {
                times.add((System.nanoTime() - begun) / 1e6);
            }
        }
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
