package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of Articles; {@code totalCount} is its own field, counted only when a client selects it. */
public final class ArticleConnection {
    private final List<ArticleEdge> edges;
    private final PageInfo pageInfo;
    private final IntSupplier totalCount;

    public ArticleConnection(List<ArticleEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    public @NonNull List<@NonNull ArticleEdge> getEdges() {
        return edges;
    }

    public @NonNull PageInfo getPageInfo() {
        return pageInfo;
    }

    @Ignore
    public IntSupplier totalCountSupplier() {
        return totalCount;
    }
}
