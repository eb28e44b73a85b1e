package io.whosaid.ingest.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceFinderTest {

    private static final String TEXT = "Mr. Dmitri Trenin, director of the Carnegie Moscow Center, spoke first. "
            + "Trenin said little.\n\nLater the Center said nothing. Trenins are many; Carnegie Moscow Center agreed.";

    @Test
    void namesAreFoundAsWholeWordsLongestFirstWithTheirSentences() {
        List<Span> spans = new EvidenceFinder(TEXT).mentions(List.of("Trenin", "Dmitri Trenin"));
        assertEquals(
                2,
                spans.size(),
                "\"Trenins\" is another word, and \"Trenin\" inside \"Dmitri Trenin\" is not a second place");
        Span first = spans.get(0);
        assertEquals("Dmitri Trenin", TEXT.substring(first.start(), first.end()));
        assertEquals(
                "Mr. Dmitri Trenin, director of the Carnegie Moscow Center, spoke first.",
                TEXT.substring(first.sentenceStart(), first.sentenceEnd()),
                "\"Mr.\" does not end a sentence");
        assertEquals(
                "Trenin said little.",
                TEXT.substring(spans.get(1).sentenceStart(), spans.get(1).sentenceEnd()));
    }

    @Test
    void anAffiliationIsSupportedByTheSentencesNamingBoth() {
        List<Span> spans = new EvidenceFinder(TEXT)
                .together(List.of("Dmitri Trenin", "Trenin"), List.of("Carnegie Moscow Center", "the Center"));
        assertEquals(1, spans.size());
        assertEquals(
                "Dmitri Trenin, director of the Carnegie Moscow Center",
                TEXT.substring(spans.get(0).start(), spans.get(0).end()));
    }

    @Test
    void spansPerEdgeAreCapped() {
        String text = "Ann spoke. ".repeat(EvidenceFinder.MAX_SPANS + 5);
        List<Span> spans = new EvidenceFinder(text).mentions(List.of("Ann"));
        assertEquals(EvidenceFinder.MAX_SPANS, spans.size());
        assertTrue(spans.get(1).sentenceStart() > spans.get(0).sentenceStart(), "each in its own sentence");
    }
}
