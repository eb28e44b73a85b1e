package io.whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ArticleTextParserTest {

    private static final Path SEED = Path.of("../shared/seeds/000_30becfafe9eb7f07.txt");

    private final ArticleTextParser parser = new ArticleTextParser();

    private static ParsedArticle parseSeed(ArticleTextParser parser) throws IOException {
        Assumptions.assumeTrue(
                Files.isRegularFile(SEED),
                "seed article not found at " + SEED.toAbsolutePath() + " (run from the project directory)");
        return parser.parse(Files.readString(SEED, StandardCharsets.UTF_8));
    }

    private static List<String> numbers(ParsedArticle article) {
        return article.comments().stream().map(ParsedComment::number).toList();
    }

    @Test
    void seedHeadlineSubtitleAndSource() throws IOException {
        ParsedArticle article = parseSeed(parser);
        assertEquals("Putin’s Next Move Is a Mystery. Just the Way He Likes It.", article.title());
        assertEquals("Even the Russian Foreign Ministry doesn't know what the plan is", article.subtitle());
        assertEquals("The New York Times", article.source());
        assertEquals(27, article.paragraphs().size());
        assertTrue(article.paragraphs().get(0).startsWith("President Vladimir V. Putin of Russia has spent"));
        assertTrue(article.paragraphs().get(26).endsWith("going to work out.”"));
    }

    @Test
    void seedEditorNoteIsTakenOutOfTheBody() throws IOException {
        ParsedArticle article = parseSeed(parser);
        assertEquals(
                List.of("That’s not a “Putin strategy.” That’s just maskirovka, and is far older than Putin."),
                article.editorNotes());
        assertFalse(article.text().contains("["));
        assertFalse(article.text().contains("maskirovka"));
        assertTrue(
                article.text().contains("allowing him to choose the tactics that best suit him as events evolve.\n\n"),
                "the paragraph must end where the note was, without a trailing space");
        assertEquals(String.join("\n\n", article.paragraphs()), article.text());
        for (String paragraph : article.paragraphs()) {
            assertFalse(paragraph.contains("Leave A Reply"), paragraph);
            assertFalse(paragraph.startsWith("Source:"), paragraph);
            assertFalse(paragraph.contains("says\n"), paragraph);
        }
    }

    @Test
    void seedCommentThread() throws IOException {
        ParsedArticle article = parseSeed(parser);
        assertEquals(
                List.of(
                        "1", "1.1", "2", "3", "3.1", "3.2", "4", "4.1", "5", "5.1", "6", "7", "7.1", "7.2", "8", "9",
                        "10"),
                numbers(article));
        assertEquals(
                10,
                article.comments().stream()
                        .filter(c -> c.parentNumber() == null)
                        .count());
        assertEquals(
                7,
                article.comments().stream()
                        .filter(c -> c.parentNumber() != null)
                        .count());
        Map<String, Long> byAuthor = article.comments().stream()
                .collect(Collectors.groupingBy(ParsedComment::author, Collectors.counting()));
        assertEquals(13, byAuthor.size());
        assertEquals(3L, byAuthor.get("ken"));
        assertEquals(3L, byAuthor.get("XSFRGR"));

        Map<String, ParsedComment> byNumber =
                article.comments().stream().collect(Collectors.toMap(ParsedComment::number, Function.identity()));
        assertEquals("Jerry Hood", byNumber.get("1").author());
        assertEquals("7", byNumber.get("7.2").parentNumber());
        assertEquals("Empire_Spokesperson", byNumber.get("10").author());
        // two paragraphs, indentation removed
        ParsedComment kenOn3 = byNumber.get("3.1");
        assertEquals("ken", kenOn3.author());
        assertTrue(kenOn3.text().startsWith("I don’t think Anti-Empire"));
        assertEquals(2, kenOn3.text().split("\n\n").length);
        assertFalse(kenOn3.text().contains("  "));
        // one paragraph of four lines keeps its line breaks
        assertEquals(4, byNumber.get("4").text().split("\n").length);
        // the page furniture after the last comment is not part of it
        assertTrue(byNumber.get("10").text().endsWith("individually."));
    }

    @Test
    void plainArticleWithoutThreadOrSource() {
        ParsedArticle article = parser.parse("""
                Harbour Ferry Fares Rise

                Commuters will pay more from March

                The Lowmere Ferry Authority said on Monday that fares would rise by ten percent.

                “We held prices for four years,” said Ada Quill, its director.
                """);
        assertEquals("Harbour Ferry Fares Rise", article.title());
        assertEquals("Commuters will pay more from March", article.subtitle());
        assertNull(article.source());
        assertTrue(article.comments().isEmpty());
        assertTrue(article.editorNotes().isEmpty());
        assertEquals(2, article.paragraphs().size());
        assertEquals(
                "The Lowmere Ferry Authority said on Monday that fares would rise by ten percent.\n\n"
                        + "“We held prices for four years,” said Ada Quill, its director.",
                article.text());
    }

    @Test
    void crlfAndBomAreNormalizedAndWrappedLinesJoined() {
        ParsedArticle article = parser.parse("\uFEFFTitle Here\r\n\r\nA short standfirst\r\n\r\n"
                + "First line of a paragraph\r\nwrapped onto a second.\r\n\r\nSource: The Daily Lantern\r\n"
                + "\r\n  1. Wren says\r\n\r\n    Good piece.\r\n\r\n    1. Oak says\r\n\r\n      Agreed.\r\n");
        assertEquals("Title Here", article.title());
        assertEquals("A short standfirst", article.subtitle());
        assertEquals("First line of a paragraph wrapped onto a second.", article.text());
        assertEquals("The Daily Lantern", article.source());
        assertEquals(
                List.of(
                        new ParsedComment("1", null, "Wren", "Good piece."),
                        new ParsedComment("1.1", "1", "Oak", "Agreed.")),
                article.comments());
        assertFalse(article.text().contains("\r"));
    }

    @Test
    void longSentenceUnderTheTitleIsBodyNotSubtitle() {
        ParsedArticle article = parser.parse(
                """
                Council Delays Vote

                The Brackwater council delayed its vote on the new library until next month, members said

                “We need more time,” said Councillor Ines Moro.
                """.replace(
                                "members said",
                                "members said after a long evening of debate that ran well past midnight and "
                                        + "left several of them visibly tired, frustrated, and unwilling to commit to a date for the new vote"));
        assertNull(article.subtitle());
        assertEquals(2, article.paragraphs().size());
        assertTrue(article.paragraphs().get(0).startsWith("The Brackwater council"));

        ParsedArticle endsWithStop = parser.parse("Title\n\nThe mayor resigned.\n\nShe gave no reason.\n");
        assertNull(endsWithStop.subtitle());
        assertEquals(List.of("The mayor resigned.", "She gave no reason."), endsWithStop.paragraphs());
    }

    @Test
    void loneShortLineUnderTheTitleIsTheBody() {
        ParsedArticle article = parser.parse("Title\n\nOnly a short line\n");
        assertNull(article.subtitle());
        assertEquals("Only a short line", article.text());
    }

    @Test
    void unreadableTextIsRefused() {
        for (String bad : new String[] {null, "", "   \n\t\n  ", "\uFEFF", "\u00A0\n"}) {
            ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> parser.parse(bad));
            assertTrue(e.getMessage().contains("empty"), e.getMessage());
        }
        ArticleFormatException nul =
                assertThrows(ArticleFormatException.class, () -> parser.parse("Title\n\nBody with a \u0000 byte.\n"));
        assertTrue(nul.getMessage().contains("U+0000") && nul.getMessage().contains("line 3"), nul.getMessage());

        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThrows(ArticleFormatException.class, () -> parser.parse(new String(binary, StandardCharsets.ISO_8859_1)));
        ArticleFormatException undecodable = assertThrows(
                ArticleFormatException.class,
                () -> parser.parse(new String(binary, StandardCharsets.UTF_8)
                                .replace("\0", "")
                                .replace("\u001A", "") + "\n\nsome body text"));
        assertTrue(undecodable.getMessage().contains("U+FFFD"), undecodable.getMessage());

        ArticleFormatException noBody = assertThrows(
                ArticleFormatException.class,
                () -> parser.parse("Just A Title\n\nSource: Nobody\n\n  1. Someone says\n\n    hi\n"));
        assertTrue(noBody.getMessage().contains("no body paragraph"), noBody.getMessage());
    }

    @Test
    void aFewReplacementCharactersAreTolerated() {
        String body = "x".repeat(300) + "\uFFFD.";
        assertEquals(body, parser.parse("Title\n\n" + body).text());
    }

    @Test
    void threeLevelNesting() {
        ParsedArticle article = parser.parse("""
                Title

                Body paragraph.

                  1. A says

                    top

                    1. B says

                      reply

                      1. C says

                        reply to reply

                      2. D says

                        second reply to reply

                    2. E says

                      second reply

                  2. F says

                    second top
                """);
        assertEquals(List.of("1", "1.1", "1.1.1", "1.1.2", "1.2", "2"), numbers(article));
        assertEquals(
                List.of("A", "B", "C", "D", "E", "F"),
                article.comments().stream().map(ParsedComment::author).toList());
        assertEquals("1.1", article.comments().get(3).parentNumber());
        assertEquals("1", article.comments().get(4).parentNumber());
        assertNull(article.comments().get(5).parentNumber());
        assertEquals("second reply to reply", article.comments().get(3).text());
    }

    @Test
    void brokenNumberingFallsBackToOrderUnderTheParent() {
        ParsedArticle article = parser.parse("""
                Title

                Body paragraph.

                  1. A says

                    one

                  2. B says

                    two

                    3. C says

                      reply written as 3

                    3. D says

                      reply written as 3 again

                  2. E says

                    written 2 again

                  5. F says

                    written 5
                """);
        assertEquals(List.of("1", "2", "2.1", "2.2", "3", "4"), numbers(article));
        assertEquals("2", article.comments().get(3).parentNumber());
    }

    @Test
    void risingNumbersWithGapsAreKept() {
        ParsedArticle article = parser.parse(
                "Title\n\nBody.\n\n  11. A says\n\n    x\n\n  12. B says\n\n    y\n\n" + "    2. C says\n\n      z\n");
        assertEquals(List.of("11", "12", "12.2"), numbers(article));
    }

    @Test
    void firstHeaderDeeperThanLaterOnesIsStillTopLevel() {
        ParsedArticle article = parser.parse("Title\n\nBody.\n\n      1. Deep says\n\n        a\n\n"
                + "  2. Shallow says\n\n    b\n\n    1. Reply says\n\n      c\n\n  3. Next says\n\n    d\n");
        assertEquals(List.of("1", "2", "2.1", "3"), numbers(article));
        assertNull(article.comments().get(0).parentNumber());
        assertNull(article.comments().get(1).parentNumber());
    }

    @Test
    void commentWithEmptyTextIsKept() {
        ParsedArticle article = parser.parse("Title\n\nBody.\n\n  1. Silent says\n\n  2. Loud says\n\n    Hello!\n");
        assertEquals(
                List.of(new ParsedComment("1", null, "Silent", ""), new ParsedComment("2", null, "Loud", "Hello!")),
                article.comments());
    }

    @Test
    void pageFurnitureIsDropped() {
        ParsedArticle article = parser.parse("""
                Title

                Body paragraph.

                Your email address will not be published.

                Source: The Quay Courier

                  1. A says

                    text
                    Your email address will not be published. Required fields are marked *

                leave a comment

                Name *
                Email *
                Post Comment
                """);
        assertEquals(List.of("Body paragraph."), article.paragraphs());
        assertEquals("The Quay Courier", article.source());
        assertEquals(List.of(new ParsedComment("1", null, "A", "text")), article.comments());

        ParsedArticle noThread = parser.parse("Title\n\nBody paragraph.\n\nLeave a Reply\n\nCancel reply\n");
        assertEquals("Body paragraph.", noThread.text());
    }

    @Test
    void sourceInsideACommentIsNotTheArticleSource() {
        ParsedArticle article =
                parser.parse("Title\n\nBody.\n\n  1. A says\n\n    Source: x\n\n    1. B says\n\n      Source: y\n");
        assertNull(article.source());
        assertEquals("Source: x", article.comments().get(0).text());
        assertEquals("Source: y", article.comments().get(1).text());
    }

    @Test
    void numberedListInTheBodyIsNotAThread() {
        ParsedArticle article = parser.parse("Title\n\nBody.\n\n1. The mayor says\n\nno to the plan.\n");
        assertTrue(article.comments().isEmpty());
        assertEquals(3, article.paragraphs().size());
    }

    @Test
    void editorNotesVersusQuoteClarifications() {
        ParsedArticle article = parser.parse("""
                Title

                “They [the board] knew,” she said [sic]. [This claim could not be verified by us.] The vote is Friday.

                [Editor’s note: an earlier version misspelled a name]

                He said he was “tired [of it all] [and would not return],” according to an aide.
                """);
        assertEquals(
                List.of(
                        "“They [the board] knew,” she said [sic]. The vote is Friday.",
                        "He said he was “tired [of it all] [and would not return],” according to an aide."),
                article.paragraphs());
        assertEquals(
                List.of(
                        "This claim could not be verified by us.",
                        "Editor’s note: an earlier version misspelled a name"),
                article.editorNotes());
    }

    @Test
    void noteBeforePunctuationLeavesNoSpace() {
        List<String> notes = new java.util.ArrayList<>();
        assertEquals(
                "He left, then returned.",
                ArticleTextParser.takeOutEditorNotes("He left [Ed. note: in 2019] , then returned.", notes));
        assertEquals(List.of("Ed. note: in 2019"), notes);
    }
}
