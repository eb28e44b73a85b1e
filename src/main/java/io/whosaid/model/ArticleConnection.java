package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;

/** A page of Articles. */
public final class ArticleConnection extends Connection<ArticleEdge> {
    public ArticleConnection(List<ArticleEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
