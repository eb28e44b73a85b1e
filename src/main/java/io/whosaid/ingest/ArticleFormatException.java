package io.whosaid.ingest;

/** The text cannot be read as an article; the message says why in words a client can act on. */
public class ArticleFormatException extends RuntimeException {
    public ArticleFormatException(String message) {
        super(message);
    }
}
