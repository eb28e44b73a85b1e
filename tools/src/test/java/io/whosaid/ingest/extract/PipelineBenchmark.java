package io.whosaid.ingest.extract;

import io.whosaid.ingest.ArticleTextParser;
import io.whosaid.ingest.ParsedArticle;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles per second through parse + extract on one thread, no database. Reads the seed, the bundled samples and
 * the evaluation articles when present. Run from the project folder:
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.whosaid.ingest.extract.PipelineBenchmark}
 * (system properties {@code bench.seconds}, default 10, and {@code bench.warmup}, default 8, set the timing).
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Path> sources =
                List.of(Path.of("../shared/seeds"), Path.of("src/main/resources/samples"), Path.of("eval/articles"));
        for (Path dir : sources) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt"))
                            .sorted()
                            .toList()) {
                        texts.add(Files.readString(f));
                    }
                }
            }
        }
        if (texts.isEmpty()) {
            System.out.println("no articles found under " + sources);
            return;
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        // Sorted sources put the seed first.
        ArticleTextParser parser = new ArticleTextParser();
        Extractor extractor = new Extractor();
        double warmup = Double.parseDouble(System.getProperty("bench.warmup", "8"));
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "10"));

        run(parser, extractor, texts, warmup);
        report(
                texts.size() + " articles (average " + chars / texts.size() + " characters)",
                parser,
                extractor,
                texts,
                seconds);
        // The seed alone: the "seed-sized article" (about 9,000 characters of body plus its comment thread).
        List<String> seed = texts.subList(0, 1);
        report("the seed alone (" + seed.get(0).length() + " characters)", parser, extractor, seed, seconds / 2);
    }

    /**
     * Prints articles per second of wall-clock time and per second of this thread's CPU time. On a shared machine
     * the second is the per-core figure: it does not count time the thread spent waiting for a core.
     */
    private static void report(
            String what, ArticleTextParser parser, Extractor extractor, List<String> texts, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long articles = run(parser, extractor, texts, seconds);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(
                "%s: %d extractions, %.0f articles/s wall-clock, %.0f articles per CPU-second of one thread%n",
                what, articles, articles / wall, articles / cpu);
    }

    /** Parses and extracts the texts round-robin for the given time; returns how many articles were done. */
    private static long run(ArticleTextParser parser, Extractor extractor, List<String> texts, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long done = 0;
        int checksum = 0;
        while (System.nanoTime() < deadline) {
            for (String text : texts) {
                ParsedArticle article = parser.parse(text);
                checksum += extractor.extract(article).quotes().size();
                done++;
            }
        }
        if (checksum < 0) {
            System.out.println(checksum); // keeps the work observable
        }
        return done;
    }
}
