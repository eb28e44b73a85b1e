package io.whosaid.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.ArticleFormatException;
import io.whosaid.ingest.ArticleTextParser;
import io.whosaid.ingest.IncomingArticle;
import io.whosaid.ingest.ParsedArticle;
import io.whosaid.ingest.ParsedComment;
import io.whosaid.support.Pages;
import io.whosaid.support.Seed;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/** Saved pages of several kinds (src/test/resources/pages/, made for these tests) read field by field. */
class HtmlArticleParserTest {

    private final HtmlArticleParser parser = new HtmlArticleParser();

    private static String page(String name) {
        return Pages.read(name);
    }

    private static List<String> numbers(ParsedArticle article) {
        return article.comments().stream().map(ParsedComment::number).toList();
    }

    @Test
    void wordpressRepostWithThreadedComments() {
        IncomingArticle page = parser.parse(page("wordpress-repost.html"), null);
        ParsedArticle article = page.parsed();
        assertEquals("Port Commission Rejects Night Ferry Plan", article.title(), "JSON-LD headline, no site name");
        assertEquals(
                "Talks on the night crossing stall for the third time",
                article.subtitle(),
                "the body's opening heading is the dek; og:description is only an excerpt of the body");
        assertEquals("harborwatcher", page.byline(), "author referenced by @id in Yoast's @graph");
        assertEquals("2026-03-04T09:12:44Z", page.publishedAt());
        assertEquals("https://tidelinewatch.example/2026/03/port-commission-rejects-night-ferry-plan/", page.url());
        assertEquals(
                "The Coastal Herald",
                article.source(),
                "the republisher's Source line names the publisher, not the site");
        assertEquals(List.of("Editor’s note: the vote was five to two."), article.editorNotes());

        assertEquals(4, article.paragraphs().size(), article.paragraphs().toString());
        assertTrue(article.paragraphs().get(0).startsWith("The Port Commission voted on Tuesday"));
        assertEquals(
                "“We will not sign this plan,” said Odile Marchetti, chair of the Port Commission. “Not this year, and not in this form.”",
                article.paragraphs().get(1));
        assertTrue(
                article.paragraphs().get(2).contains("Ms. Marchetti would go on, and that the company would bring"),
                "a <br> inside a body paragraph joins its lines, a no-break space is a space");
        for (String furniture : List.of(
                "Advertisement",
                "Share this",
                "Twitter",
                "Related",
                "Ferry fares",
                "Posted in",
                "Skip to content",
                "Recent Posts",
                "Leave a Reply",
                "Proudly powered",
                "Previous:",
                "Home")) {
            assertFalse(article.text().contains(furniture), furniture + " is page furniture, not the article");
        }

        assertEquals(List.of("1", "1.1", "1.1.1", "1.2", "2"), numbers(article), "the pingback is not a comment");
        List<ParsedComment> thread = article.comments();
        assertEquals(
                List.of("Jerry Pike", "Lohr_fan", "Jerry Pike", "deckhand", "north shore resident"),
                thread.stream().map(ParsedComment::author).toList());
        assertEquals(
                List.of("1", "1.1", "1"),
                java.util.Arrays.asList(
                        thread.get(1).parentNumber(),
                        thread.get(2).parentNumber(),
                        thread.get(3).parentNumber()));
        assertNull(thread.get(4).parentNumber());
        assertEquals(
                "Marchetti is right about this. The plan never said who pays for the night crew.\n\nThird time lucky? Not likely.",
                thread.get(0).text());
        assertEquals(
                "No, Lohr is. A smaller plan\nis still a plan.", thread.get(1).text(), "a comment keeps its lines");
        assertEquals(
                Map.of(
                        "1",
                        "2026-03-04T10:14:09Z",
                        "1.1",
                        "2026-03-04T11:02:30Z",
                        "1.1.1",
                        "2026-03-04T12:40Z",
                        "1.2",
                        "2026-03-04T13:05Z",
                        "2",
                        "2026-03-05T08:00Z"),
                page.commentDates());
    }

    @Test
    void newspaperPageWithJsonLd() {
        IncomingArticle page = parser.parse(page("newspaper-jsonld.html"), "https://www.valleycourier.example/x");
        ParsedArticle article = page.parsed();
        assertEquals("Battery plant wins its site, loses its river permit", article.title());
        assertEquals(
                "County approves the Orrin Flats site while the water agency holds back on the cooling permit",
                article.subtitle(),
                "JSON-LD alternativeHeadline");
        assertEquals("Anna Perez and Tomas Lind", page.byline(), "JSON-LD authors, in order");
        assertEquals("2026-02-11T06:00-05:00", page.publishedAt(), "the offset is kept");
        assertEquals("The Valley Courier", article.source(), "JSON-LD publisher before og:site_name");
        assertEquals(
                "https://www.valleycourier.example/business/2026/02/11/battery-plant-site-river-permit.html",
                page.url(),
                "the canonical link, not og:url with its tracking parameter");
        assertEquals(
                List.of(
                        "The county board on Tuesday approved the Orrin Flats site for the battery plant that Veltra Energy wants to build, ending a search that had run for two years.",
                        "“This is the right place for it,” said Dana Holt, the board’s chair. “The rail line is already there.”",
                        "But the Valley Water Agency said it would not yet grant the permit the plant needs to draw cooling water from the Orrin River, and asked Veltra for a new study of the river in late summer.",
                        "A study in the dry months",
                        "Marco Senn, a spokesman for the agency, said the study would take about four months. Veltra said in a statement that it expected to start building in the autumn either way.",
                        "The plant would employ about 600 people, the company has said."),
                article.paragraphs(),
                "no ad slot, related-coverage box, newsletter box, caption, share tools, tags or cookie banner");

        assertEquals(List.of("1", "1.1", "2"), numbers(article), "schema.org Comment microdata, nested");
        assertEquals(
                List.of("valleyvoter", "riverkeeper", "Marta K."),
                article.comments().stream().map(ParsedComment::author).toList());
        assertEquals("Neither is the river.", article.comments().get(1).text());
        assertEquals(Map.of("1", "2026-02-11T07:15-05:00", "1.1", "2026-02-11T07:40-05:00"), page.commentDates());
    }

    @Test
    void pageWithNoMetadata() {
        IncomingArticle page = parser.parse(page("no-metadata.html"), null);
        ParsedArticle article = page.parsed();
        assertEquals("Small probe finds ice at the lunar south pole", article.title());
        assertNull(article.subtitle());
        assertNull(article.source());
        assertNull(page.url());
        assertNull(page.publishedAt());
        assertEquals("Lena Ortiz, science desk", page.byline(), "the byline element, without its By");
        assertEquals(3, article.paragraphs().size(), article.paragraphs().toString());
        assertTrue(article.paragraphs().get(1).startsWith("\"We had one chance to get this right"));
        assertFalse(article.text().contains("Archive"), "the navigation column is not the article");
        assertFalse(article.text().contains("Comments"), "the thread's heading is not the article");
        assertFalse(article.text().contains("stargazer42"));
        assertEquals(List.of("1", "1.1"), numbers(article), "generic div.comment nesting");
        assertEquals(
                "One crater is not the whole pole.\nWait for the big landers.",
                article.comments().get(1).text());
    }

    @Test
    void brokenHtmlStillGivesItsArticle() {
        ParsedArticle article = parser.parse(page("broken.html"), null).parsed();
        assertEquals("Water rates to rise by nine percent", article.title());
        assertEquals("The Riverside Gazette", article.source());
        assertEquals(4, article.paragraphs().size(), article.paragraphs().toString());
        assertTrue(
                article.paragraphs().get(0).endsWith("ran past midnight & ended in a split vote."),
                "text loose in a div, paragraphs split at <br><br>");
        assertEquals(
                "Residents can appeal the increase until the end of May, the utility said. A hearing is set for June 3 at 6 < 7 pm",
                article.paragraphs().get(2),
                "misnested tags and a bare < keep their text");
        assertEquals(
                "The last increase, in 2022, was four percent.",
                article.paragraphs().get(3),
                "an unclosed <p>");
        assertTrue(article.comments().isEmpty());
    }

    @Test
    void pageWithNoArticleIsRefused() {
        ArticleFormatException e =
                assertThrows(ArticleFormatException.class, () -> parser.parse(page("no-article.html"), null));
        assertTrue(e.getMessage().contains("has no article"), e.getMessage());
    }

    @Test
    void emptyBinaryAndUnknownEncodingsAreRefused() {
        assertThrows(ArticleFormatException.class, () -> parser.parse("  \n ", null));
        assertThrows(ArticleFormatException.class, () -> parser.parse(new byte[0], null, null));
        ArticleFormatException binary = assertThrows(
                ArticleFormatException.class,
                () -> parser.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, null, null));
        assertTrue(binary.getMessage().contains("binary"), binary.getMessage());
        ArticleFormatException encoding = assertThrows(
                ArticleFormatException.class,
                () -> parser.parse(page("broken.html").getBytes(StandardCharsets.UTF_8), "x-no-such-charset", null));
        assertTrue(encoding.getMessage().contains("x-no-such-charset"), encoding.getMessage());
        assertThrows(
                ArticleFormatException.class,
                () -> parser.parse("<html><body><p>Only a line</p></body></html>", null),
                "a page without a title");
    }

    @Test
    void bytesAreDecodedByThePagesOwnCharset() {
        String html =
                "<html><head><meta charset=\"windows-1252\"><title>Café owners protest the new rent rules</title></head>"
                        + "<body><article><p>The owners of the Café Lumière and eleven other cafés on the square protested on Monday "
                        + "against the rent rules the council passed in the spring.</p></article></body></html>";
        ParsedArticle article = parser.parse(html.getBytes(Charset.forName("windows-1252")), null, null)
                .parsed();
        assertEquals("Café owners protest the new rent rules", article.title());
        assertTrue(article.text().startsWith("The owners of the Café Lumière"), article.text());
    }

    /**
     * The seed came from a WordPress page with a "says" theme. Laid out again in WordPress's markup, the page must
     * give what the text format gives: the same title, subtitle, body, notes, publisher and 17-comment thread.
     */
    @Test
    void theSeedAsAWordPressPageReadsLikeTheSeedText() {
        ParsedArticle text = new ArticleTextParser().parse(Seed.text());
        ParsedArticle html = parser.parse(wordpressPage(text), null).parsed();
        assertEquals(text.title(), html.title());
        assertEquals(text.subtitle(), html.subtitle());
        // A page's no-break spaces read as spaces; the text format keeps the seed's as they are.
        assertEquals(
                text.paragraphs().stream().map(HtmlArticleParserTest::spaces).toList(), html.paragraphs());
        assertEquals(text.editorNotes(), html.editorNotes());
        assertEquals(text.source(), html.source());
        assertEquals(
                text.comments().stream()
                        .map(c -> new ParsedComment(c.number(), c.parentNumber(), c.author(), spaces(c.text())))
                        .toList(),
                html.comments());
    }

    private static String spaces(String text) {
        return text.replace('\u00A0', ' ');
    }

    /** WordPress's markup (twenty-twenty-one era) for a parsed article; editor's notes go back into the first paragraph. */
    private static String wordpressPage(ParsedArticle article) {
        StringBuilder page = new StringBuilder("<!doctype html><html><head><title>")
                .append(Entities.escape(article.title()))
                .append(" &#8211; Reposts</title></head><body><article class=\"post\"><header class=\"entry-header\">")
                .append("<h1 class=\"entry-title\">")
                .append(Entities.escape(article.title()))
                .append("</h1></header>")
                .append("<div class=\"entry-content\"><h2>")
                .append(Entities.escape(article.subtitle()))
                .append("</h2>");
        for (int i = 0; i < article.paragraphs().size(); i++) {
            String paragraph = article.paragraphs().get(i);
            if (i == 0) {
                for (String note : article.editorNotes()) {
                    paragraph = "[" + note + "] " + paragraph;
                }
            }
            page.append("<p>").append(Entities.escape(paragraph)).append("</p>\n");
        }
        page.append("<p>Source: ")
                .append(Entities.escape(article.source()))
                .append("</p></div></article>")
                .append("<div id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\">");
        List<String> open = new ArrayList<>();
        for (ParsedComment comment : article.comments()) {
            while (!open.isEmpty() && !open.get(open.size() - 1).equals(comment.parentNumber())) {
                open.remove(open.size() - 1);
                page.append("</li></ol>");
            }
            if (!open.isEmpty()) {
                page.append("<ol class=\"children\">");
            } else if (page.toString().endsWith("</article>") || page.toString().endsWith("</ol>")) {
                page.append("</li>");
            }
            page.append("<li class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\">")
                    .append("<div class=\"comment-author vcard\"><b class=\"fn\">")
                    .append(Entities.escape(comment.author()))
                    .append("</b> <span class=\"says\">says</span></div></footer><div class=\"comment-content\">");
            for (String paragraph : comment.text().split("\n\n")) {
                page.append("<p>")
                        .append(Entities.escape(paragraph).replace("\n", "<br>\n"))
                        .append("</p>");
            }
            page.append("</div><div class=\"reply\"><a class=\"comment-reply-link\">Reply</a></div></article>");
            open.add(comment.number());
        }
        page.append("</li></ol></div><div id=\"respond\"><h3>Leave A Reply</h3></div></body></html>");
        return page.toString();
    }
}
