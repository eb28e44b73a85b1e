package io.whosaid.cli;

/**
 * One thing to ingest, found in the inputs: a file, a line of an archive or of a url list, an item of a feed.
 *
 * @param label   where it came from, as the failure report names it ({@code archive.jsonl:12}, {@code feed.xml#3})
 * @param key     what identifies its content for resuming (a hash), so a second run skips it once it is in
 * @param request what to send to the service, or null when it could not be read
 * @param problem why it could not be read, or null
 */
record Item(String label, String key, Request request, Failure problem) {

    static Item of(String label, String key, Request request) {
        return new Item(label, key, request, null);
    }

    static Item failed(String label, String code, String reason) {
        return new Item(label, null, null, new Failure(code, reason));
    }

    /** An item that cannot be sent, with an error code in the service's vocabulary and the reason. */
    record Failure(String code, String reason) {}

    /** What the service is asked to do with an item. */
    sealed interface Request permits Article, Fetch {}

    /** {@code ingestArticle(input: {<format>: content, url, publishedAt})}; format is text, html or json. */
    record Article(String format, String content, String url, String publishedAt) implements Request {}

    /** {@code ingestUrl(url, publishedAt)}: the service fetches the page. */
    record Fetch(String url, String publishedAt) implements Request {}
}
