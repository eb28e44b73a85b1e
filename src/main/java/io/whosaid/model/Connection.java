package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One page of a Relay connection; {@code totalCount} is its own field, counted only when a client selects it
 * (unless the page query already read it).
 */
public abstract class Connection<E> {
    private final List<E> edges;
    private final PageInfo pageInfo;
    private final IntSupplier totalCount;

    protected Connection(List<E> edges, PageInfo pageInfo, IntSupplier totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    public @NonNull List<@NonNull E> getEdges() {
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
