package io.whosaid.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service as the bench runs it: on its own copy of a cached store (so a run never changes the cache), on free
 * ports, with an editor key for mutations and exports, anonymous reads unthrottled (the bench measures speed, not
 * the per-client limits). Several can run side by side, each on its own copy.
 *
 * @param name a folder name under target/bench-run/ for the copy and the log
 */
record BenchService(
        String name, ChildProcess process, int httpPort, int boltPort, String pageCache, Path store, String apiKey)
        implements AutoCloseable {

    /**
     * Copies {@code cached} to target/bench-run/{name}/store and starts the service on it; {@code env} adds to or
     * overrides the bench's environment (e.g. WHOSAID_METRICS_ENABLED).
     */
    static BenchService start(
            Path project,
            Path cached,
            String name,
            String heap,
            String pageCacheOrNull,
            Map<String, String> env,
            PrintStream out)
            throws IOException {
        Path store = project.resolve("target/bench-run").resolve(name).resolve("store");
        BenchStore.delete(store.getParent());
        BenchMain.copy(cached, store);
        Files.deleteIfExists(store.resolve("run/whosaid-neo4j.pid"));
        int httpPort = ChildProcess.freePort();
        int boltPort = ChildProcess.freePort();
        Map<String, String> all = new HashMap<>();
        all.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        all.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        // The metrics' own port, free like the others (WHOSAID_METRICS_ENABLED=false makes every meter a no-op).
        all.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(ChildProcess.freePort()));
        all.put("WHOSAID_NEO4J_EMBEDDED_DATA_DIR", store.toString());
        all.put("WHOSAID_NEO4J_EMBEDDED_BOLT_PORT", Integer.toString(boltPort));
        all.put("WHOSAID_SAMPLES_LOAD", "false");
        // The store in memory, as a deployment serving it would be set up (the default 256m holds a 10k graph).
        String pageCache = pageCacheOrNull != null ? pageCacheOrNull : BenchMain.pageCacheFor(store);
        all.put("WHOSAID_NEO4J_EMBEDDED_PAGE_CACHE", pageCache);
        // Mutations and whole-graph exports need a key (whosaid.auth.api-keys); reads are sent without one.
        String apiKey = "bench-" + Long.toHexString(new java.security.SecureRandom().nextLong());
        all.put("WHOSAID_AUTH_API_KEYS", apiKey + ":editor");
        // Reads are sent anonymously from one address: the bench measures speed, not the per-client limits.
        all.put("WHOSAID_API_ANONYMOUS_RATE_LIMIT", "1000000");
        all.put("WHOSAID_API_ANONYMOUS_MAX_COMPLEXITY", "20000");
        // The heap the embedded Neo4j had before it was sized from the machine, so runs stay comparable.
        all.put("WHOSAID_NEO4J_EMBEDDED_HEAP", "512m");
        // The Cypher targets, the relay and @neo4j/graphql open the same store without a login.
        all.put("WHOSAID_NEO4J_EMBEDDED_AUTH", "false");
        all.putAll(env);
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-jar",
                project.resolve("target/quarkus-app/quarkus-run.jar").toString());
        ChildProcess process = ChildProcess.start(
                "WhoSaid " + name, command, project, all, store.getParent().resolve("service.log"));
        BenchService service = new BenchService(name, process, httpPort, boltPort, pageCache, store, apiKey);
        long begun = System.nanoTime();
        HttpClient probe = HttpClient.newHttpClient();
        process.awaitReady(
                () -> ChildProcess.answers200(probe, service.base() + "/q/health/ready"), Duration.ofMinutes(5));
        out.printf(
                "bench: service %s ready in %.1f s (pid %d, -Xmx%s, Neo4j bolt://127.0.0.1:%d, page cache %s)%n",
                name, (System.nanoTime() - begun) / 1e9, process.pid(), heap, boltPort, pageCache);
        return service;
    }

    String base() {
        return "http://127.0.0.1:" + httpPort;
    }

    URI graphql() {
        return URI.create(base() + "/graphql");
    }

    /** The embedded Neo4j's process, or -1 when it is not known. */
    long neo4jPid() {
        return io.whosaid.graph.embedded.EmbeddedNeo4j.pidIn(store);
    }

    @Override
    public void close() {
        process.close();
    }
}
