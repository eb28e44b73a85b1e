package io.whosaid.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.ArticleFormatException;
import io.whosaid.ingest.IncomingArticle;
import io.whosaid.ingest.IngestPipeline;
import io.whosaid.ingest.IngestPipeline.Format;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    private static InputStream resource(String name) {
        return FeedReaderTest.class.getResourceAsStream("/feeds/" + name);
    }

    @Test
    void rssItemsGiveTheirLinkDateAndFullContent() {
        List<FeedItem> items = new FeedReader().read(resource("harbour-rss.xml"));
        assertEquals(3, items.size());
        FeedItem first = items.get(0);
        assertEquals("Dredging of the inner basin starts in May", first.title());
        assertEquals("https://tidelinewatch.example/2026/04/dredging-inner-basin/", first.link());
        assertEquals("2026-04-14T07:30:00Z", first.publishedAt());
        assertTrue(
                first.html().contains("Teodor Vasquell said on Monday"), "content:encoded wins over the description");
        assertTrue(
                items.get(1).html().contains("Anselm Ruddock"),
                "without content:encoded the description is the content");
        assertNull(items.get(2).link());
        assertNull(items.get(2).html());
        assertEquals(3, items.get(2).number());
    }

    @Test
    void atomEntriesGiveTheirAlternateLinkAndContent() {
        List<FeedItem> items = new FeedReader().read(resource("harbour-atom.xml"));
        assertEquals(1, items.size());
        assertEquals(
                "https://coastalherald.example/ferry-fares-july", items.get(0).link());
        assertEquals("2026-04-17T08:45:00Z", items.get(0).publishedAt());
        assertTrue(items.get(0).html().startsWith("<p>Fares on the harbour ferries"));
    }

    @Test
    void anItemsContentIsAPageTheHtmlParserReads() {
        FeedItem item = new FeedReader().read(resource("harbour-rss.xml")).get(0);
        IncomingArticle article = new IngestPipeline().read(Format.HTML, item.asPage(), item.link());
        assertEquals(
                "Dredging of the inner basin starts in May", article.parsed().title());
        assertTrue(
                article.parsed().text().contains("“Two berths will close for six weeks,” Vasquell said."),
                article.parsed().text());
    }

    @Test
    void aFileThatIsNoFeedIsRefusedWithAReason() {
        var notAFeed = new ByteArrayInputStream("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8));
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> new FeedReader().read(notAFeed));
        assertTrue(e.getMessage().startsWith("Not an RSS or Atom feed"), e.getMessage());
        var doctype = new ByteArrayInputStream(
                ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8));
        assertThrows(
                ArticleFormatException.class, () -> new FeedReader().read(doctype), "external entities are refused");
    }
}
