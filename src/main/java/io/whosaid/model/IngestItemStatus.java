package io.whosaid.model;

/** What became of one item of a batch. */
public enum IngestItemStatus {
    /** Not read yet. */
    PENDING,
    /** A new article in the graph. */
    CREATED,
    /** The article was already in the graph (created: false of ingestArticle): the same content, or its url's. */
    EXISTED,
    /** Refused; code and message say why. Nothing of it was written. */
    FAILED
}
