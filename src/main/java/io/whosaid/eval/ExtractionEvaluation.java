package io.whosaid.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.whosaid.ingest.extract.Extraction;

/**
 * Runs the extractor over the annotated evaluation set and the seed and prints precision, recall and F1 per
 * category, so changes to the extraction rules are measured rather than eyeballed.
 *
 * <pre>./mvnw -B -q compile exec:java -Dexec.mainClass=io.whosaid.eval.ExtractionEvaluation [-Dexec.arguments=--verbose]</pre>
 *
 * Options: {@code --verbose} (per-article tables and every false positive and negative),
 * {@code --set DIR} (an evaluation set laid out as {@code DIR/articles}, {@code DIR/gold} and optionally
 * {@code DIR/gold-seed/seed.gold}; default {@code eval}, so {@code --set eval/heldout} scores the held-out set),
 * {@code --articles DIR} and {@code --gold DIR} (override the set's folders),
 * {@code --seed FILE} and {@code --seed-gold FILE} (default {@code ../shared/seeds/000_30becfafe9eb7f07.txt},
 * {@code SET/gold-seed/seed.gold}; the seed is skipped with a message when either is absent).
 */
public final class ExtractionEvaluation {

    private final PrintStream out;
    private final boolean verbose;

    private ExtractionEvaluation(PrintStream out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    public static void main(String[] args) {
        boolean verbose = false;
        Path set = Path.of("eval");
        Path articles = null;
        Path gold = null;
        Path seed = Path.of("../shared/seeds/000_30becfafe9eb7f07.txt");
        Path seedGold = null;
        for (int i = 0; i < args.length; i++) {
            boolean takesValue = List.of("--set", "--articles", "--gold", "--seed", "--seed-gold").contains(args[i]);
            if (takesValue && i + 1 >= args.length) {
                System.err.println("option " + args[i] + " needs a value; use --verbose, --set DIR, --articles DIR,"
                        + " --gold DIR, --seed FILE, --seed-gold FILE");
                return;
            }
            switch (args[i]) {
                case "--verbose", "-v" -> verbose = true;
                case "--set" -> set = Path.of(args[++i]);
                case "--articles" -> articles = Path.of(args[++i]);
                case "--gold" -> gold = Path.of(args[++i]);
                case "--seed" -> seed = Path.of(args[++i]);
                case "--seed-gold" -> seedGold = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i] + "; use --verbose, --set DIR, --articles DIR,"
                            + " --gold DIR, --seed FILE, --seed-gold FILE");
                    return;
                }
            }
        }
        // Explicit folders win over the set's, whatever the order the options came in.
        articles = articles != null ? articles : set.resolve("articles");
        gold = gold != null ? gold : set.resolve("gold");
        seedGold = seedGold != null ? seedGold : set.resolve("gold-seed").resolve("seed.gold");
        new ExtractionEvaluation(System.out, verbose).run(new ExtractionPipeline(), articles, gold, seed, seedGold);
    }

    private void run(ExtractionPipeline pipeline, Path articleDir, Path goldDir, Path seed, Path seedGold) {
        out.println("WhoSaid extraction evaluation, " + LocalDate.now());
        if (!Files.isDirectory(articleDir)) {
            out.println("no folder " + articleDir + " (run from the project folder; --set DIR expects DIR/articles)");
        }
        List<Path> articleFiles = listArticles(articleDir);
        Scores setTotal = Scores.empty();
        for (Path article : articleFiles) {
            String name = article.getFileName().toString().replaceFirst("\\.txt$", "");
            Path goldFile = goldDir.resolve(name + ".gold");
            if (!Files.exists(goldFile)) {
                out.println("skipped " + article + ": no " + goldFile);
                continue;
            }
            setTotal = setTotal.plus(evaluate(pipeline, name, article, goldFile).scores());
        }
        out.println();
        out.println("== Evaluation set: " + articleFiles.size() + " articles in " + articleDir);
        printTable(setTotal);
        printTargets(setTotal, false);

        out.println();
        if (!Files.exists(seed) || !Files.exists(seedGold)) {
            out.println("== Seed skipped: " + (Files.exists(seed) ? seedGold : seed) + " not found");
            return;
        }
        ArticleEvaluation seedResult = evaluate(pipeline, "seed", seed, seedGold);
        out.println();
        out.println("== Seed: " + seed);
        printTable(seedResult.scores());
        printTargets(seedResult.scores(), true);
    }

    private ArticleEvaluation evaluate(ExtractionPipeline pipeline, String name, Path articleFile, Path goldFile) {
        GoldFile gold = GoldParser.parse(read(goldFile));
        String publisher = null;
        Extraction extraction;
        try {
            ExtractionPipeline.Result result = pipeline.run(read(articleFile));
            publisher = result.article().source();
            extraction = result.extraction();
        } catch (RuntimeException e) {
            out.println("!! " + name + ": the pipeline failed (" + e + "); scored as if it found nothing");
            extraction = Extraction.empty();
        }
        ArticleEvaluation evaluation = ArticleScorer.score(name, gold, extraction, publisher);
        if (verbose) {
            out.println();
            out.println("-- " + name);
            printTable(evaluation.scores());
            evaluation.findings().forEach(f -> out.println("   " + f));
        }
        return evaluation;
    }

    private void printTable(Scores scores) {
        out.printf("%-36s %6s %6s %6s %5s %5s %5s%n", "category", "P", "R", "F1", "TP", "FP", "FN");
        for (Category c : Category.values()) {
            if (c.isPrecisionRecall()) {
                Counts n = scores.counts(c);
                out.printf("%-36s %6.3f %6.3f %6.3f %5d %5d %5d%n", c.label(), n.precision(), n.recall(), n.f1(),
                        n.truePositives(), n.falsePositives(), n.falseNegatives());
            } else {
                Tally t = scores.tally(c);
                out.printf("%-36s %6.3f  (%d of %d)%n", c.label(), t.share(), t.hits(), t.total());
            }
        }
    }

    /** The targets of issue 3, checked against these figures. */
    private void printTargets(Scores s, boolean seed) {
        List<String> lines = new ArrayList<>();
        lines.add(target("DIRECT quote F1 >= 0.95", s.counts(Category.QUOTE_DIRECT).f1() >= 0.95));
        lines.add(target("PARTIAL quote F1 >= 0.85", s.counts(Category.QUOTE_PARTIAL).f1() >= 0.85));
        Tally directSpeakers = s.tally(Category.SPEAKER_DIRECT);
        lines.add(target("speaker of detected DIRECT >= 0.95", directSpeakers.total() > 0 && directSpeakers.share() >= 0.95));
        lines.add(target("people F1 >= 0.90", s.counts(Category.PERSON).f1() >= 0.90));
        lines.add(target("organizations F1 >= 0.90", s.counts(Category.ORGANIZATION).f1() >= 0.90));
        lines.add(target("no scare quote taken as a quote", s.tally(Category.SCARE_QUOTE_TAKEN).hits() == 0));
        if (seed) {
            Tally speakers = s.tally(Category.SPEAKER_DIRECT);
            lines.add(target("seed: every DIRECT quote found, each with its right speaker",
                    s.counts(Category.QUOTE_DIRECT).falseNegatives() == 0 && speakers.hits() == speakers.total()));
        }
        out.println("targets (issue 3):");
        lines.forEach(line -> out.println("  " + line));
    }

    private static String target(String what, boolean met) {
        return (met ? "MET      " : "NOT MET  ") + what;
    }

    private static List<Path> listArticles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
