package io.whosaid.ingest;

import java.util.Map;

/**
 * An article read from any input format (text, HTML, JSON), with what that format says about it beyond the
 * parts of the text format.
 *
 * @param parsed       title, subtitle, body, publisher and thread, as the text format lays them out
 * @param url          the article's own url as the input gives it (canonical link, og:url, JSON url), or null
 * @param publishedAt  when the article was published (ISO-8601), or null
 * @param byline       who wrote it ("Anna Perez and Tom Li"), or null
 * @param commentDates when each comment was posted, by thread number ("1.2"); comments without a date are absent
 */
public record IncomingArticle(
        ParsedArticle parsed, String url, String publishedAt, String byline, Map<String, String> commentDates) {

    /** An article in the text format, which carries no url, date or byline of its own. */
    public static IncomingArticle ofText(ParsedArticle parsed) {
        return new IncomingArticle(parsed, null, null, null, Map.of());
    }
}
