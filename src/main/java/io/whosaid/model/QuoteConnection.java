package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;

/** A page of Quotes. */
public final class QuoteConnection extends Connection<QuoteEdge> {
    public QuoteConnection(List<QuoteEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
