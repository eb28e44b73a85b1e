package io.whosaid.eval;

import io.whosaid.ingest.extract.Extraction;
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

/**
 * Runs the extractor over the annotated evaluation sets and prints precision, recall and F1 per category, so
 * changes to the extraction rules are measured rather than eyeballed.
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dexec.mainClass=io.whosaid.eval.ExtractionEvaluation [-Dexec.arguments=--verbose]</pre>
 *
 * By default it scores the real-news sets first ({@code eval/real/dev}, then {@code eval/real/heldout}, each when
 * present), then the fictional set ({@code eval}) and the seed. Options: {@code --real} (the real-news sets only),
 * {@code --verbose} (per-article tables and every false positive and negative), {@code --set DIR} (only that set:
 * {@code DIR/articles} and {@code DIR/gold}, or articles and gold files side by side in {@code DIR}; for the
 * fictional set also {@code DIR/gold-seed/seed.gold}), {@code --articles DIR} and {@code --gold DIR} (override the
 * set's folders), {@code --seed FILE} and {@code --seed-gold FILE} (default
 * {@code ../shared/seeds/000_30becfafe9eb7f07.txt}, {@code SET/gold-seed/seed.gold}; the seed is skipped with a
 * message when either is absent).
 */
public final class ExtractionEvaluation {

    static final Path REAL_DEV = Path.of("eval/real/dev");
    static final Path REAL_HELDOUT = Path.of("eval/real/heldout");

    private final PrintStream out;
    private final boolean verbose;

    private ExtractionEvaluation(PrintStream out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    public static void main(String[] args) {
        boolean verbose = false;
        boolean realOnly = false;
        Path set = null;
        Path articles = null;
        Path gold = null;
        Path seed = Path.of("../shared/seeds/000_30becfafe9eb7f07.txt");
        Path seedGold = null;
        String usage = "use --real, --verbose, --set DIR, --articles DIR, --gold DIR, --seed FILE, --seed-gold FILE";
        for (int i = 0; i < args.length; i++) {
            boolean takesValue = List.of("--set", "--articles", "--gold", "--seed", "--seed-gold")
                    .contains(args[i]);
            if (takesValue && i + 1 >= args.length) {
                System.err.println("option " + args[i] + " needs a value; " + usage);
                return;
            }
            switch (args[i]) {
                case "--verbose", "-v" -> verbose = true;
                case "--real" -> realOnly = true;
                case "--set" -> set = Path.of(args[++i]);
                case "--articles" -> articles = Path.of(args[++i]);
                case "--gold" -> gold = Path.of(args[++i]);
                case "--seed" -> seed = Path.of(args[++i]);
                case "--seed-gold" -> seedGold = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i] + "; " + usage);
                    return;
                }
            }
        }
        ExtractionEvaluation evaluation = new ExtractionEvaluation(System.out, verbose);
        ExtractionPipeline pipeline = new ExtractionPipeline();
        evaluation.out.println("WhoSaid extraction evaluation, " + LocalDate.now());
        if (set != null || articles != null || gold != null) {
            Path base = set != null ? set : Path.of("eval");
            Path articleDir = articles != null ? articles : layoutFolder(base, "articles");
            Path goldDir = gold != null ? gold : layoutFolder(base, "gold");
            boolean real = base.toAbsolutePath()
                    .normalize()
                    .toString()
                    .contains("/real/"); // real-news sets live under eval/real
            Scores total = evaluation.runSet(pipeline, base.toString(), articleDir, goldDir);
            evaluation.printTargets(total, real);
            if (!real) {
                evaluation.runSeed(
                        pipeline,
                        seed,
                        seedGold != null ? seedGold : base.resolve("gold-seed").resolve("seed.gold"));
            }
            return;
        }
        for (Path real : List.of(REAL_DEV, REAL_HELDOUT)) {
            if (Files.isDirectory(real)) {
                Scores total = evaluation.runSet(
                        pipeline,
                        "Real news, " + real.getFileName() + " (" + real + ")",
                        layoutFolder(real, "articles"),
                        layoutFolder(real, "gold"));
                evaluation.printTargets(total, true);
            } else {
                evaluation.out.println();
                evaluation.out.println("== Real news: no folder " + real);
            }
        }
        if (!realOnly) {
            Path fictional = Path.of("eval");
            Scores total = evaluation.runSet(
                    pipeline, "Fictional set (regression)", fictional.resolve("articles"), fictional.resolve("gold"));
            evaluation.printTargets(total, false);
            evaluation.runSeed(
                    pipeline,
                    seed,
                    seedGold != null ? seedGold : fictional.resolve("gold-seed").resolve("seed.gold"));
        }
    }

    /** {@code DIR/articles} (or {@code DIR/gold}) when it exists, else {@code DIR} itself (files side by side). */
    static Path layoutFolder(Path set, String part) {
        Path sub = set.resolve(part);
        return Files.isDirectory(sub) ? sub : set;
    }

    /** Scores every article with a gold file in the folders, prints the set's table and returns its totals. */
    Scores runSet(ExtractionPipeline pipeline, String label, Path articleDir, Path goldDir) {
        if (!Files.isDirectory(articleDir)) {
            out.println("no folder " + articleDir + " (run from the project folder; --set DIR expects DIR/articles)");
        }
        List<Path> articleFiles = listArticles(articleDir);
        Scores setTotal = Scores.empty();
        int scored = 0;
        for (Path article : articleFiles) {
            String name = article.getFileName().toString().replaceFirst("\\.txt$", "");
            Path goldFile = goldDir.resolve(name + ".gold");
            if (!Files.exists(goldFile)) {
                out.println("skipped " + article + ": no " + goldFile);
                continue;
            }
            setTotal = setTotal.plus(evaluate(pipeline, name, article, goldFile).scores());
            scored++;
        }
        out.println();
        out.println("== " + label + ": " + scored + " articles in " + articleDir);
        printTable(setTotal);
        return setTotal;
    }

    private void runSeed(ExtractionPipeline pipeline, Path seed, Path seedGold) {
        out.println();
        if (!Files.exists(seed) || !Files.exists(seedGold)) {
            out.println("== Seed skipped: " + (Files.exists(seed) ? seedGold : seed) + " not found");
            return;
        }
        ArticleEvaluation seedResult = evaluate(pipeline, "seed", seed, seedGold);
        out.println();
        out.println("== Seed: " + seed);
        printTable(seedResult.scores());
        printSeedTarget(seedResult.scores());
    }

    private ArticleEvaluation evaluate(ExtractionPipeline pipeline, String name, Path articleFile, Path goldFile) {
        GoldFile gold = GoldParser.parse(read(goldFile));
        String publisher = null;
        String articleText = null;
        Extraction extraction;
        try {
            ExtractionPipeline.Result result = pipeline.run(read(articleFile));
            publisher = result.article().source();
            articleText = result.article().text();
            extraction = result.extraction();
        } catch (RuntimeException e) {
            out.println("!! " + name + ": the pipeline failed (" + e + "); scored as if it found nothing");
            extraction = Extraction.empty();
        }
        ArticleEvaluation evaluation = ArticleScorer.score(name, gold, extraction, publisher, articleText);
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
                out.printf(
                        "%-36s %6.3f %6.3f %6.3f %5d %5d %5d%n",
                        c.label(),
                        n.precision(),
                        n.recall(),
                        n.f1(),
                        n.truePositives(),
                        n.falsePositives(),
                        n.falseNegatives());
            } else {
                Tally t = scores.tally(c);
                out.printf("%-36s %6.3f  (%d of %d)%n", c.label(), t.share(), t.hits(), t.total());
            }
        }
    }

    /** The targets of issue 12 on real news, or of issue 3 on the fictional set. */
    private void printTargets(Scores s, boolean real) {
        List<String> lines = new ArrayList<>();
        if (real) {
            lines.add(target(
                    "quotes in marks F1 >= 0.92",
                    s.counts(Category.QUOTE_DIRECT_OR_PARTIAL).f1() >= 0.92));
            lines.add(target(
                    "speaker of matched quotes >= 0.90",
                    s.tally(Category.SPEAKER_ALL).share() >= 0.90));
            lines.add(target(
                    "Person nodes that are not people <= 0.02",
                    s.tally(Category.PERSON_NOT_PERSON).share() <= 0.02));
            lines.add(target("people F1 >= 0.85", s.counts(Category.PERSON).f1() >= 0.85));
            lines.add(target(
                    "organizations F1 >= 0.80", s.counts(Category.ORGANIZATION).f1() >= 0.80));
            out.println("targets (issue 12):");
        } else {
            lines.add(target(
                    "DIRECT quote F1 >= 0.95", s.counts(Category.QUOTE_DIRECT).f1() >= 0.95));
            lines.add(target(
                    "PARTIAL quote F1 >= 0.85", s.counts(Category.QUOTE_PARTIAL).f1() >= 0.85));
            Tally directSpeakers = s.tally(Category.SPEAKER_DIRECT);
            lines.add(target(
                    "speaker of detected DIRECT >= 0.95",
                    directSpeakers.total() > 0 && directSpeakers.share() >= 0.95));
            lines.add(target("people F1 >= 0.90", s.counts(Category.PERSON).f1() >= 0.90));
            lines.add(target(
                    "organizations F1 >= 0.90", s.counts(Category.ORGANIZATION).f1() >= 0.90));
            lines.add(target(
                    "no scare quote taken as a quote",
                    s.tally(Category.SCARE_QUOTE_TAKEN).hits() == 0));
            out.println("targets (issue 3):");
        }
        lines.forEach(line -> out.println("  " + line));
    }

    private void printSeedTarget(Scores s) {
        Tally speakers = s.tally(Category.SPEAKER_DIRECT);
        out.println("  "
                + target(
                        "seed: every DIRECT quote found, each with its right speaker",
                        s.counts(Category.QUOTE_DIRECT).falseNegatives() == 0 && speakers.hits() == speakers.total()));
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
