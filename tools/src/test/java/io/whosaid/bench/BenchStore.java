package io.whosaid.bench;

import io.whosaid.graph.embedded.EmbeddedMemory;
import io.whosaid.graph.embedded.EmbeddedNeo4j;
import io.whosaid.graph.embedded.EmbeddedNeo4jSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * A generated graph kept on disk in {@code target/bench-data-<articles>-s<seed>-g<version>}: loaded once, reused
 * by every later run with the same spec. A store counts as complete only once its marker file is written,
 * after the load finished and Neo4j shut down cleanly; anything else is deleted and loaded again.
 */
public final class BenchStore {

    static final String MARKER = "bench-corpus.properties";

    /**
     * How to run the embedded Neo4j that loads the store.
     *
     * @param heap      the loading Neo4j's heap
     * @param pageCache its page cache
     * @param loader    batch size, writers and index order of the UNWIND loader
     * @param useImport   build the store with neo4j-admin import instead of UNWIND writes
     */
    public record LoadSettings(String heap, String pageCache, BulkLoader.Options loader, boolean useImport) {

        public static LoadSettings forArticles(int articles) {
            boolean big = articles > 20_000;
            return new LoadSettings(
                    big ? "3g" : "1g", big ? "3g" : "512m", new BulkLoader.Options(500, 2, false), true);
        }
    }

    private BenchStore() {}

    public static Path directory(Path projectDir, CorpusSpec spec) {
        return projectDir.resolve("target").resolve("bench-data-" + spec.key());
    }

    public static boolean complete(Path store) {
        return Files.exists(store.resolve(MARKER));
    }

    /** The store for {@code spec}, loading it first unless a complete one is cached. */
    public static Path ensure(Path projectDir, CorpusSpec spec, LoadSettings settings, PrintStream log) {
        Path store = directory(projectDir, spec);
        if (complete(store)) {
            log.printf("bench-load: reusing %s%n", store);
            return store;
        }
        delete(store);
        CorpusGenerator generator = new CorpusGenerator(spec);
        EmbeddedNeo4jSettings neo4jSettings = new EmbeddedNeo4jSettings(
                store,
                projectDir.resolve("target/neo4j-lib"),
                0,
                EmbeddedMemory.of(settings.heap(), settings.pageCache(), EmbeddedMemory.AUTO, EmbeddedMemory.AUTO, 0),
                false,
                "30m",
                Duration.ofSeconds(180),
                Duration.ofSeconds(600));
        long begun = System.nanoTime();
        if (settings.useImport()) {
            log.printf(
                    "bench-load: generating %d articles (seed %d) as CSV and importing them into %s%n",
                    spec.articles(), spec.seed(), store);
            ImportLoader.importInto(store, projectDir.resolve("target/neo4j-lib"), settings.heap(), generator, log);
        }
        long imported = System.nanoTime();
        BulkLoader.Result result;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(neo4jSettings);
                Driver driver = GraphDatabase.driver(
                        neo4j.boltUri(),
                        AuthTokens.none(),
                        Config.builder()
                                .withLogging(Logging.none())
                                .withMaxTransactionRetryTime(60, TimeUnit.SECONDS)
                                .build())) {
            Duration neo4jCpuBefore = cpuOf(neo4j.homeDir());
            long clientCpuBefore = clientCpuNanos();
            if (settings.useImport()) {
                long indexBegun = System.nanoTime();
                BulkLoader.finish(driver, true);
                long[] counts = BulkLoader.counts(driver);
                result = new BulkLoader.Result(
                        spec.articles(),
                        counts[0],
                        counts[1],
                        Duration.ofNanos(imported - begun),
                        Duration.ofNanos(System.nanoTime() - indexBegun),
                        Duration.ofNanos(System.nanoTime() - begun));
            } else {
                log.printf(
                        "bench-load: generating and loading %d articles (seed %d) into %s%n",
                        spec.articles(), spec.seed(), store);
                result = new BulkLoader(driver, generator, settings.loader(), log).load();
            }
            log.printf(
                    "bench-load: CPU used: Neo4j %.1f s, loader %.1f s%n",
                    cpuOf(neo4j.homeDir()).minus(neo4jCpuBefore).toMillis() / 1000.0,
                    (clientCpuNanos() - clientCpuBefore) / 1e9);
        }
        double total = (System.nanoTime() - begun) / 1e9;
        Properties marker = new Properties();
        marker.setProperty("articles", Integer.toString(result.articles()));
        marker.setProperty("seed", Long.toString(spec.seed()));
        marker.setProperty("generatorVersion", Integer.toString(CorpusSpec.GENERATOR_VERSION));
        marker.setProperty("nodes", Long.toString(result.nodes()));
        marker.setProperty("relationships", Long.toString(result.relationships()));
        marker.setProperty(
                "articlesPhaseSeconds",
                String.format("%.1f", result.articlesPhase().toMillis() / 1000.0));
        marker.setProperty(
                "indexPhaseSeconds", String.format("%.1f", result.indexPhase().toMillis() / 1000.0));
        marker.setProperty("totalSecondsWithStartAndStop", String.format("%.1f", total));
        marker.setProperty("batchSize", Integer.toString(settings.loader().batchSize()));
        marker.setProperty("writers", Integer.toString(settings.loader().writers()));
        marker.setProperty("indexesFirst", Boolean.toString(settings.loader().indexesFirst()));
        marker.setProperty("loader", settings.useImport() ? "neo4j-admin import" : "UNWIND");
        try (var out = Files.newBufferedWriter(store.resolve(MARKER))) {
            marker.store(out, "A complete generated WhoSaid bench store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.printf(
                "bench-load: %d articles, %d nodes, %d relationships: articles %.1f s, indexes %.1f s, "
                        + "total %.1f s (with Neo4j start and stop)%n",
                result.articles(),
                result.nodes(),
                result.relationships(),
                result.articlesPhase().toMillis() / 1000.0,
                result.indexPhase().toMillis() / 1000.0,
                total);
        return store;
    }

    /** CPU time used so far by the embedded Neo4j of {@code home}, found by its pid file. */
    static Duration cpuOf(Path home) {
        long pid = EmbeddedNeo4j.pidIn(home);
        return pid < 0
                ? Duration.ZERO
                : ProcessHandle.of(pid)
                        .flatMap(handle -> handle.info().totalCpuDuration())
                        .orElse(Duration.ZERO);
    }

    static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads (or finds) a store: {@code --articles N --seed S [--loader unwind|import] [--batch B] [--writers W]
     * [--indexes-first] [--neo4j-heap 3g] [--page-cache 3g] [--force]}.
     */
    public static void main(String[] args) {
        Arguments arguments = new Arguments(args);
        CorpusSpec spec = new CorpusSpec(arguments.intValue("--articles", 10_000), arguments.longValue("--seed", 42));
        LoadSettings defaults = LoadSettings.forArticles(spec.articles());
        LoadSettings settings = new LoadSettings(
                arguments.value("--neo4j-heap", defaults.heap()),
                arguments.value("--page-cache", defaults.pageCache()),
                new BulkLoader.Options(
                        arguments.intValue("--batch", defaults.loader().batchSize()),
                        arguments.intValue("--writers", defaults.loader().writers()),
                        arguments.flag("--indexes-first")),
                arguments
                        .value("--loader", defaults.useImport() ? "import" : "unwind")
                        .equals("import"));
        Path project =
                Path.of(arguments.value("--project", ".")).toAbsolutePath().normalize();
        if (arguments.flag("--force")) {
            delete(directory(project, spec));
        }
        ensure(project, spec, settings, System.out);
    }
}
