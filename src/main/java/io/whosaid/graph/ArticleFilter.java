package io.whosaid.graph;

import java.time.ZonedDateTime;
import java.util.List;

/** The filters of {@code articles(...)}, checked; each null when not given. A list holds any of its values. */
public record ArticleFilter(
        List<String> publisherIds, ZonedDateTime publishedFrom, ZonedDateTime publishedTo, List<String> mentionIds) {

    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null);
}
