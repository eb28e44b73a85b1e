package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of Organizations; {@code totalCount} is its own field, counted only when a client selects it. */
public final class OrganizationConnection {
    private final List<OrganizationEdge> edges;
    private final PageInfo pageInfo;
    private final IntSupplier totalCount;

    public OrganizationConnection(List<OrganizationEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    public @NonNull List<@NonNull OrganizationEdge> getEdges() {
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
