package io.whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fictional sample articles shipped in resources/samples parse as the format intends. */
class SampleArticlesTest {

    private final ArticleTextParser parser = new ArticleTextParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            01_water-utility-rate-dispute.txt  | The Brackwater Ledger    | 5 | 1,1.1,2,3,3.1              | 5 | 0
            02_football-transfer-record-fee.txt | Northern Sports Wire     | 6 | 1,1.1,1.1.1,2,3,3.1        | 5 | 1
            03_battery-factory-site.txt        | Eastern Business Review  | 4 | 1,2,2.1,3                  | 5 | 0
            04_lunar-ice-small-probe.txt       | Orbital Science Weekly   | 7 | 1,1.1,1.2,2,3,3.1,4        | 6 | 0
            """)
    void sampleParses(String file, String source, int commentCount, String numbers, int paragraphCount, int noteCount)
            throws IOException {
        ParsedArticle article = parser.parse(read(file));
        assertEquals(source, article.source());
        assertEquals(commentCount, article.comments().size());
        assertEquals(
                List.of(numbers.split(",")),
                article.comments().stream().map(ParsedComment::number).toList());
        assertNotNull(article.subtitle(), "every sample has a standfirst");
        assertEquals(paragraphCount, article.paragraphs().size());
        assertEquals(noteCount, article.editorNotes().size());
        assertFalse(article.text().contains("["));
        assertFalse(article.text().contains("Source:"));
        assertTrue(article.text().contains("’’"), "each sample closes one quote with two right single quotes");
        assertTrue(article.text().contains("“"));
        assertTrue(article.comments().stream()
                .noneMatch(c -> c.text().isEmpty()
                        || c.text().contains("Leave A Reply")
                        || c.text().contains("email address")));
    }

    private static String read(String file) throws IOException {
        try (InputStream in = SampleArticlesTest.class.getResourceAsStream("/samples/" + file)) {
            assertNotNull(in, "sample missing from the classpath: " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
