package io.whosaid.model;

/** The relationship types of the graph, for the edge-type filters of {@code neighborhood} and {@code path}. */
public enum EdgeType {
    SAID,
    ABOUT,
    QUOTED_IN,
    MENTIONS,
    PUBLISHED_BY,
    AFFILIATED_WITH,
    WROTE,
    ON,
    REPLY_TO
}
