package io.whosaid.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.whosaid.ingest.ArticleFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed's items, read with ROME. ROME's parser refuses DOCTYPE declarations by
 * default, so a feed cannot pull in external entities. The feed is read whole: feeds are small, and the caller
 * checks the file's size before handing it over.
 */
public final class FeedReader {

    public List<FeedItem> read(InputStream feed) {
        SyndFeed parsed;
        try {
            parsed = new SyndFeedInput().build(new XmlReader(feed));
        } catch (FeedException | IllegalArgumentException e) {
            throw new ArticleFormatException("Not an RSS or Atom feed: " + e.getMessage());
        } catch (IOException e) {
            throw new ArticleFormatException("The feed could not be read: " + e.getMessage());
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : parsed.getEntries()) {
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(
                    items.size() + 1,
                    blankToNull(entry.getTitle()),
                    httpLink(entry.getLink()),
                    date == null ? null : date.toInstant().toString(),
                    content(entry)));
        }
        return items;
    }

    /** Whether these bytes, the start of a file, look like a feed rather than a web page. */
    public static boolean looksLikeFeed(String start) {
        String head = start.toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    private static String content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        SyndContent description = entry.getDescription();
        return description == null ? null : blankToNull(description.getValue());
    }

    private static String httpLink(String link) {
        if (link == null) {
            return null;
        }
        String stripped = link.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? stripped : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
