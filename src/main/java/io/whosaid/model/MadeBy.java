package io.whosaid.model;

/**
 * Who made an edge of the graph: the extractor reading an article, or an editor (the edge then names its edit).
 * Stored as the {@code madeBy} property of the relationship; an edge without it was made by the extractor.
 */
public enum MadeBy {
    EXTRACTOR,
    EDITOR
}
