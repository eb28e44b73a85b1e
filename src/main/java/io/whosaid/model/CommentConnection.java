package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;

/** A page of Comments. */
public final class CommentConnection extends Connection<CommentEdge> {
    public CommentConnection(List<CommentEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
