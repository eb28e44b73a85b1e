package io.whosaid.graph;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The filters of {@code quotes(...)}, checked; each null when not given. A list holds any of its values; the
 * fields hold together. {@code statuses} is never null (the API fills the default, every state but RETRACTED),
 * {@code lucene} is already a full-text query.
 */
public record QuoteFilter(
        List<String> speakerIds,
        List<String> aboutIds,
        List<String> articleIds,
        List<String> publisherIds,
        List<String> kinds,
        List<String> statuses,
        Boolean unnamedSource,
        ZonedDateTime publishedFrom,
        ZonedDateTime publishedTo,
        String lucene) {}
