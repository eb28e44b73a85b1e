package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;

/** A page of a batch's items, in input order. */
public final class IngestJobItemConnection extends Connection<IngestJobItemEdge> {
    public IngestJobItemConnection(List<IngestJobItemEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
