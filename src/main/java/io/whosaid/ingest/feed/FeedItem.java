package io.whosaid.ingest.feed;

/**
 * One item of an RSS or Atom feed.
 *
 * @param number      its position in the feed, from 1 (for reports)
 * @param title       its title, or null
 * @param link        where the article is (http or https), or null
 * @param publishedAt when it was published (ISO-8601 instant), or null
 * @param html        its content as HTML (content:encoded, Atom content, else the description), or null
 */
public record FeedItem(int number, String title, String link, String publishedAt, String html) {

    /**
     * The item as a page of its own, for ingesting its content rather than its link: the feed item's title is the
     * page's title, its content the article body.
     */
    public String asPage() {
        String heading = title == null ? "" : escape(title);
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + heading
                + "</title></head><body><article><h1>" + heading + "</h1>" + (html == null ? "" : html)
                + "</article></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
