package io.whosaid.ingest.fetch;

/**
 * A page as fetched.
 *
 * @param url     where it was finally found, after redirects
 * @param body    its bytes (decompressed)
 * @param charset the charset its Content-Type declared, or null
 */
public record FetchedPage(String url, byte[] body, String charset) {}
