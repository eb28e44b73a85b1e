package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;

/** A page of the review queue; totalCount is counted only when selected. */
public final class ReviewItemConnection extends Connection<ReviewItemEdge> {
    public ReviewItemConnection(List<ReviewItemEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
