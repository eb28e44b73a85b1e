package io.whosaid.graph;

/** The filters of {@code quotes(...)}; each null when not given. {@code text} is already a full-text query. */
public record QuoteFilter(String speakerId, String aboutId, String articleId, String lucene) {
}
