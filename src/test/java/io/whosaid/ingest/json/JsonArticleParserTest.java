package io.whosaid.ingest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.ArticleFormatException;
import io.whosaid.ingest.ArticleFormatException.Problem;
import io.whosaid.ingest.IncomingArticle;
import io.whosaid.ingest.ParsedArticle;
import io.whosaid.ingest.ParsedComment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonArticleParserTest {

    private final JsonArticleParser parser = new JsonArticleParser();

    static final String ARTICLE = """
            {"title": "Port Commission Rejects Night Ferry Plan",
             "subtitle": "Talks on the night crossing stall again",
             "text": "The Port Commission voted on Tuesday against the plan.\\n\\n“We will not sign this plan,” said Odile Marchetti,\\nchair of the Port Commission. [Editor's note: the vote was five to two.]\\n\\n\\nKasimir Lohr said talks would go on.",
             "url": "https://herald.example/port-commission",
             "publishedAt": "2026-03-04T09:12:44+00:00",
             "publisher": "The Coastal Herald",
             "scraper": {"version": 3},
             "comments": [
               {"author": "pierwatcher", "text": "Marchetti is right.", "publishedAt": "2026-03-04T10:00:00Z",
                "replies": [{"author": "Lohr_fan", "text": "No, Lohr is.\\nA plan is a plan.",
                             "replies": [{"author": "pierwatcher", "text": "We will see."}]}]},
               {"author": "deckhand", "text": "Who pays?"}
             ]}""";

    @Test
    void everyFieldAndTheNestedThread() {
        IncomingArticle incoming = parser.parse(ARTICLE);
        ParsedArticle article = incoming.parsed();
        assertEquals("Port Commission Rejects Night Ferry Plan", article.title());
        assertEquals("Talks on the night crossing stall again", article.subtitle());
        assertEquals(
                List.of(
                        "The Port Commission voted on Tuesday against the plan.",
                        "“We will not sign this plan,” said Odile Marchetti, chair of the Port Commission.",
                        "Kasimir Lohr said talks would go on."),
                article.paragraphs(),
                "lines of a paragraph join, blank lines split");
        assertEquals(List.of("Editor's note: the vote was five to two."), article.editorNotes());
        assertEquals("The Coastal Herald", article.source());
        assertEquals("https://herald.example/port-commission", incoming.url());
        assertEquals("2026-03-04T09:12:44Z", incoming.publishedAt());
        assertEquals(
                List.of(
                        new ParsedComment("1", null, "pierwatcher", "Marchetti is right."),
                        new ParsedComment("1.1", "1", "Lohr_fan", "No, Lohr is.\nA plan is a plan."),
                        new ParsedComment("1.1.1", "1.1", "pierwatcher", "We will see."),
                        new ParsedComment("2", null, "deckhand", "Who pays?")),
                article.comments());
        assertEquals(Map.of("1", "2026-03-04T10:00Z"), incoming.commentDates());
    }

    @Test
    void minimalArticleTakesItsPublisherFromASourceLine() {
        IncomingArticle incoming =
                parser.parse("{\"title\": \"A title\", \"text\": \"A body.\\n\\nSource: The Ledger\"}");
        assertEquals(List.of("A body."), incoming.parsed().paragraphs());
        assertEquals("The Ledger", incoming.parsed().source());
        assertNull(incoming.url());
        assertNull(incoming.publishedAt());
        assertTrue(incoming.parsed().comments().isEmpty());
    }

    @Test
    void badInputNamesTheField() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("", "empty"),
                Map.entry("{\"title\": \"T\", \"text\": ", "does not parse"),
                Map.entry("{\"title\": \"T\", \"text\": \"B.\"} {}", "does not parse"),
                Map.entry("[1, 2]", "must be an object"),
                Map.entry("{\"text\": \"B.\"}", "title is required"),
                Map.entry("{\"title\": \"  \", \"text\": \"B.\"}", "title must be a non-empty string"),
                Map.entry("{\"title\": \"T\"}", "text is required"),
                Map.entry("{\"title\": 7, \"text\": \"B.\"}", "title must be a string"),
                Map.entry(
                        "{\"title\": \"T\", \"text\": \"B.\", \"publishedAt\": \"last Tuesday\"}",
                        "publishedAt is not a date"),
                Map.entry("{\"title\": \"T\", \"text\": \"B.\", \"comments\": {}}", "comments must be an array"),
                Map.entry(
                        "{\"title\": \"T\", \"text\": \"B.\", \"comments\": [{\"text\": \"x\"}]}",
                        "comments[0].author is required"),
                Map.entry(
                        "{\"title\": \"T\", \"text\": \"B.\", \"comments\": [{\"author\": \"a\", \"replies\": [{\"author\": 3}]}]}",
                        "comments[0].replies[0].author must be a string"),
                Map.entry("{\"title\": \"T\", \"text\": \"B.\\u0000\"}", "control character U+0000"));
        cases.forEach((json, message) -> {
            ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> parser.parse(json), json);
            assertTrue(e.getMessage().contains(message), json + " -> " + e.getMessage());
            assertEquals(Problem.MALFORMED_JSON, e.problem(), json);
        });
    }

    @Test
    void aThreadNestedDeepIsReadWhole() {
        StringBuilder json = new StringBuilder("{\"title\": \"T\", \"text\": \"B.\", \"comments\": ");
        int depth = 200;
        for (int i = 0; i < depth; i++) {
            json.append("[{\"author\": \"a")
                    .append(i)
                    .append("\", \"text\": \"reply ")
                    .append(i)
                    .append("\", \"replies\": ");
        }
        json.append("[]").append("}]".repeat(depth)).append("}");
        List<ParsedComment> thread = parser.parse(json.toString()).parsed().comments();
        assertEquals(depth, thread.size());
        assertEquals("1" + ".1".repeat(depth - 1), thread.get(depth - 1).number());
    }
}
