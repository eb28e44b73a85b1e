package io.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.ArticleTextParser;
import io.whosaid.ingest.ParsedArticle;
import io.whosaid.ingest.ParsedComment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the annotations against their articles, so a typo in a gold file shows up here rather than as a
 * mysterious miss in the evaluation: quoted texts must occur in the parsed body, entity names in the article,
 * comment numbers in its thread.
 */
class EvaluationSetTest {

    private static final Path DEVELOPMENT_SET = Path.of("eval");
    /** Annotated independently of the extractor's rules, to measure them on text they were not tuned to. */
    private static final Path HELD_OUT_SET = Path.of("eval/heldout");

    @Test
    void everyArticleHasAGoldFileThatAgreesWithIt() throws IOException {
        assertEquals(List.of(), checkSet(DEVELOPMENT_SET, 14));
    }

    @Test
    void everyHeldOutArticleHasAGoldFileThatAgreesWithIt() throws IOException {
        assertEquals(List.of(), checkSet(HELD_OUT_SET, 5));
    }

    @Test
    void theHeldOutSetSharesNoArticleNameWithTheDevelopmentSet() throws IOException {
        Set<String> development = Set.copyOf(articleNames(DEVELOPMENT_SET));
        List<String> shared = articleNames(HELD_OUT_SET).stream()
                .filter(development::contains)
                .toList();
        assertEquals(List.of(), shared);
    }

    @Test
    void aGoldQuoteMissingFromItsArticleIsReported() {
        String raw = "Title\n\nSubtitle\n\n" + "word ".repeat(320) + "“Hello there,” said Ann Lee.\n";
        GoldFile gold = GoldParser.parse("PERSON|Ann Lee|\nQUOTE|DIRECT|Ann Lee|Goodbye there|\nMENTION|4|Ann Lee\n");
        List<String> problems = check("probe", raw, gold);
        assertTrue(problems.contains("probe: quote not in body: Goodbye there"), problems.toString());
        assertTrue(problems.contains("probe: no comment 4"), problems.toString());
    }

    private static List<String> checkSet(Path set, int minimumArticles) throws IOException {
        List<String> names = articleNames(set);
        List<String> problems = new ArrayList<>();
        if (names.size() < minimumArticles) {
            problems.add(set + ": the set needs at least " + minimumArticles + " articles, has " + names.size());
        }
        for (String name : names) {
            Path article = set.resolve("articles").resolve(name + ".txt");
            Path gold = set.resolve("gold").resolve(name + ".gold");
            if (!Files.exists(gold)) {
                problems.add(name + ": no gold file");
                continue;
            }
            problems.addAll(check(name, Files.readString(article), GoldParser.parse(Files.readString(gold))));
        }
        return problems;
    }

    private static List<String> articleNames(Path set) throws IOException {
        try (Stream<Path> files = Files.list(set.resolve("articles"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theSeedGoldAgreesWithTheSeedWhenTheSeedIsPresent() throws IOException {
        Path seed = Path.of("../shared/seeds/000_30becfafe9eb7f07.txt");
        GoldFile gold = GoldParser.parse(Files.readString(Path.of("eval/gold-seed/seed.gold")));
        if (Files.exists(seed)) {
            assertEquals(List.of(), check("seed", Files.readString(seed), gold));
        }
        assertTrue(gold.quotes().size() > 20);
    }

    private static boolean occurs(String text, String name) {
        return text.contains(name) || text.contains(name.replace('\'', '’'));
    }

    private static List<String> check(String name, String raw, GoldFile gold) {
        List<String> problems = new ArrayList<>();
        ParsedArticle article = new ArticleTextParser().parse(raw);
        String body = article.text();
        int words = body.split("\\s+").length;
        if (!name.equals("seed") && (words < 300 || words > 900)) {
            problems.add(name + ": body has " + words + " words, expected 300 to 900");
        }
        for (GoldQuote q : gold.quotes()) {
            if (!body.contains(q.text())) {
                problems.add(name + ": quote not in body: " + q.text());
            }
        }
        for (String scare : gold.notQuotes()) {
            if (!body.contains(scare)) {
                problems.add(name + ": scare quote not in body: " + scare);
            }
        }
        String everything = String.join(
                "\n",
                article.title(),
                String.valueOf(article.subtitle()),
                body,
                article.comments().stream().map(ParsedComment::text).collect(Collectors.joining("\n")));
        for (GoldEntity e : gold.entities()) {
            // Every alias is a form the article writes; a canonical name may be completed ("a son, Jonas").
            for (String alias : e.aliases()) {
                if (!occurs(everything, alias)) {
                    problems.add(name + ": alias not in article: " + alias);
                }
            }
            if (e.allNames().stream().noneMatch(n -> occurs(everything, n))) {
                problems.add(name + ": no name of " + e.name() + " occurs in the article");
            }
        }
        Set<String> numbers =
                article.comments().stream().map(ParsedComment::number).collect(Collectors.toSet());
        gold.mentions().stream()
                .map(GoldMention::commentNumber)
                .filter(n -> !numbers.contains(n))
                .forEach(n -> problems.add(name + ": no comment " + n));
        gold.spamComments().stream()
                .filter(n -> !numbers.contains(n))
                .forEach(n -> problems.add(name + ": no comment " + n));
        return problems;
    }
}
