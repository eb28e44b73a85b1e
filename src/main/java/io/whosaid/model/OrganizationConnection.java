package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;

/** A page of Organizations. */
public final class OrganizationConnection extends Connection<OrganizationEdge> {
    public OrganizationConnection(List<OrganizationEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
