package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;

/** A page of the edit log, newest first. */
public final class EditConnection extends Connection<EditEdge> {
    public EditConnection(List<EditEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
