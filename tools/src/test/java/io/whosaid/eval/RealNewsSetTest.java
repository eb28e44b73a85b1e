package io.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the real-news set converted from GUM ({@code eval/real/}) against its articles: every gold file
 * parses, every piece of every quote and every alias occurs in its article, and no document is in both the
 * development and the held-out part.
 */
class RealNewsSetTest {

    private static final Path DEVELOPMENT = Path.of("eval/real/dev");
    private static final Path HELD_OUT = Path.of("eval/real/heldout");

    @Test
    void everyDevelopmentDocumentAgreesWithItsGold() throws IOException {
        assertEquals(List.of(), checkPart(DEVELOPMENT));
    }

    @Test
    void everyHeldOutDocumentAgreesWithItsGold() throws IOException {
        assertEquals(List.of(), checkPart(HELD_OUT));
    }

    @Test
    void bothPartsHoldNewsAndInterviewsAndShareNoDocument() throws IOException {
        List<String> development = documents(DEVELOPMENT);
        List<String> heldOut = documents(HELD_OUT);
        assertEquals(43, development.size() + heldOut.size(), "GUM has 24 news and 19 interview documents");
        assertEquals(
                List.of(),
                heldOut.stream().filter(Set.copyOf(development)::contains).toList());
        for (List<String> part : List.of(development, heldOut)) {
            assertTrue(part.stream().anyMatch(d -> d.startsWith("GUM_news_")), part.toString());
            assertTrue(part.stream().anyMatch(d -> d.startsWith("GUM_interview_")), part.toString());
        }
    }

    @Test
    void aQuotePieceMissingFromItsArticleIsReported() {
        GoldFile gold = GoldParser.parse("PERSON|Ann Lee|Lee\nQUOTE|DIRECT|Lee|Hello there, // Goodbye now.|\n");
        List<String> problems = check("probe", "Title\n\n\"Hello there,\" said Ann Lee. \"Goodbye then.\"\n", gold);
        assertEquals(List.of("probe: quote piece not in article: Goodbye now."), problems);
    }

    private static List<String> checkPart(Path part) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> names = documents(part);
        if (names.isEmpty()) {
            problems.add(part + ": no documents");
        }
        for (String name : names) {
            Path gold = part.resolve("gold").resolve(name + ".gold");
            if (!Files.exists(gold)) {
                problems.add(name + ": no gold file");
                continue;
            }
            try {
                problems.addAll(check(
                        name,
                        Files.readString(part.resolve("articles").resolve(name + ".txt")),
                        GoldParser.parse(Files.readString(gold))));
            } catch (GoldFormatException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        return problems;
    }

    private static List<String> documents(Path part) throws IOException {
        try (Stream<Path> files = Files.list(part.resolve("articles"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> check(String name, String article, GoldFile gold) {
        List<String> problems = new ArrayList<>();
        for (GoldQuote quote : gold.quotes()) {
            for (String piece : quote.pieces()) {
                if (!article.contains(piece)) {
                    problems.add(name + ": quote piece not in article: " + piece);
                }
            }
        }
        // Wikinews marks an editor's completion of a name with brackets: "[George H. W.] Bush".
        String unbracketed = article.replace("[", "").replace("]", "");
        for (GoldEntity entity : gold.entities()) {
            for (String alias : entity.aliases()) {
                if (!article.contains(alias) && !unbracketed.contains(alias)) {
                    problems.add(name + ": alias not in article: " + alias);
                }
            }
            if (entity.allNames().stream().noneMatch(unbracketed::contains)) {
                problems.add(name + ": no name of " + entity.name() + " occurs in the article");
            }
        }
        for (GoldOther other : gold.others()) {
            if (other.allNames().stream().noneMatch(unbracketed::contains)) {
                problems.add(name + ": no name of " + other.name() + " occurs in the article");
            }
        }
        return problems;
    }
}
