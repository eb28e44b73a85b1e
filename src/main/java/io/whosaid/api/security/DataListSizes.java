package io.whosaid.api.security;

import io.whosaid.graph.ListSizeStatistics;
import jakarta.enterprise.context.ApplicationScoped;

/** The schema's list fields without a page size, each with the graph's longest list of its kind. */
@ApplicationScoped
public class DataListSizes {

    private final ListSizeStatistics statistics;

    public DataListSizes(ListSizeStatistics statistics) {
        this.statistics = statistics;
    }

    /** The sizes as last read; reading them again, in the background, when they are old. */
    public OperationAnalysis.ListSizes current() {
        ListSizeStatistics.Sizes sizes = statistics.current();
        return (type, field) -> switch (type + "." + field) {
            case "Article.comments" -> sizes.commentsPerArticle();
            case "Article.quotes" -> sizes.quotesPerArticle();
            case "Article.people", "Article.organizations" -> sizes.mentionsPerArticle();
            case "Commenter.comments" -> sizes.commentsPerCommenter();
            default -> 0;
        };
    }
}
