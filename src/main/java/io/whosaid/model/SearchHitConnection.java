package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;

/** A page of search hits (no totalCount: the indexes answer with their best hits, not a count of all). */
public final class SearchHitConnection extends Connection<SearchHitEdge> {
    public SearchHitConnection(List<SearchHitEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
