package io.whosaid.ingest.extract;

import io.whosaid.ingest.ArticleTextParser;
import io.whosaid.ingest.ParsedArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles per second through parse + extract on one thread, no database. Reads the seed, the bundled samples and
 * the evaluation articles when present. Run from the project folder:
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.whosaid.ingest.extract.PipelineBenchmark}
 * (system properties {@code bench.seconds}, default 5, and {@code bench.warmup}, default 3, set the timing).
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Path> sources = List.of(Path.of("../shared/seeds"), Path.of("src/main/resources/samples"),
                Path.of("eval/articles"));
        for (Path dir : sources) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
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
        ArticleTextParser parser = new ArticleTextParser();
        Extractor extractor = new Extractor();
        double warmup = Double.parseDouble(System.getProperty("bench.warmup", "3"));
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "5"));

        run(parser, extractor, texts, warmup);
        long start = System.nanoTime();
        long articles = run(parser, extractor, texts, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d articles (average %d characters), %d extractions in %.1f s on one thread: %.0f articles/s%n",
                texts.size(), chars / texts.size(), articles, elapsed, articles / elapsed);
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
