package io.whosaid.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a whole-graph export (GET /export/{format}, no parameters) streams in constant memory
 * (scripts/bench.sh --export-memory): for each graph size, the service's live heap when
 * idle and at points during each export (live objects, by jcmd GC.class_histogram), while the client holds the stream still so the export is mid-way; if the
 * export held the graph, the live heap would grow with the graph.
 *
 * <pre>--sizes 200,10000 (articles of each generated graph)  --sample-every 8 (MB read between samples)</pre>
 */
public final class ExportMemoryBench {

    private static final Pattern TOTAL = Pattern.compile("Total\\s+\\d+\\s+(\\d+)");
    private static final List<String> FORMATS = List.of("graphml", "gexf", "cytoscape", "csv");

    private ExportMemoryBench() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Arguments arguments = new Arguments(args);
        Path project =
                Path.of(arguments.value("--project", ".")).toAbsolutePath().normalize();
        long sampleEvery = arguments.longValue("--sample-every", 8) << 20;
        String heap = arguments.value("--service-heap", "512m");
        HttpClient client = HttpClient.newHttpClient();
        for (String size : arguments.value("--sizes", "200,10000").split(",")) {
            CorpusSpec spec = new CorpusSpec(Integer.parseInt(size.strip()), arguments.longValue("--seed", 42));
            Path cached =
                    BenchStore.ensure(project, spec, BenchStore.LoadSettings.forArticles(spec.articles()), System.out);
            try (BenchService service = BenchService.start(
                    project, cached, "export-" + spec.articles(), heap, null, Map.of(), System.out)) {
                long pid = service.process().pid();
                // Once unmeasured, so classes are loaded and the JIT has seen the writers.
                for (String format : FORMATS) {
                    export(client, service, format, Long.MAX_VALUE, pid, null);
                }
                System.out.printf(
                        "bench: export memory, %d articles: idle live heap %d MB (-Xmx%s)%n",
                        spec.articles(), liveHeapMb(pid), heap);
                for (String format : FORMATS) {
                    long[] peak = {0};
                    long bytes = export(client, service, format, sampleEvery, pid, peak);
                    System.out.printf(
                            "bench: export memory, %d articles, %-9s %6.1f MB exported; live heap during it at most %d MB%n",
                            spec.articles(), format, bytes / 1048576.0, peak[0]);
                }
                System.out.printf(
                        "bench: export memory, %d articles: service %s%n",
                        spec.articles(), Memory.of(pid).describe());
            }
        }
        System.exit(0);
    }

    /**
     * Reads a whole-graph export to its end; after the first 256 KB and then every {@code sampleEvery} bytes it stops
     * reading and measures the live heap (the service waits for the client meanwhile), keeping the largest in peak.
     */
    private static long export(
            HttpClient client, BenchService service, String format, long sampleEvery, long pid, long[] peak)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.base() + "/export/" + format))
                .header("X-API-Key", service.apiKey())
                .GET()
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(format + " answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes()));
        }
        long total = 0;
        long nextSample = peak == null ? Long.MAX_VALUE : 256 * 1024;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total >= nextSample) {
                    peak[0] = Math.max(peak[0], liveHeapMb(pid));
                    nextSample = total + sampleEvery;
                }
            }
        }
        return total;
    }

    /**
     * The live objects' bytes from {@code jcmd GC.class_histogram} (a full collection first, then a count): what the
     * service holds, garbage left out. GC.run then GC.heap_info would also count what the export allocated between
     * the two commands, tens of MB for a busy one.
     */
    private static long liveHeapMb(long pid) throws IOException, InterruptedException {
        Process histogram = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String out = new String(histogram.getInputStream().readAllBytes());
        histogram.waitFor(60, TimeUnit.SECONDS);
        Matcher total = TOTAL.matcher(out);
        return total.find() ? Long.parseLong(total.group(1)) / (1024 * 1024) : -1;
    }
}
