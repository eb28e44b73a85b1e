package io.whosaid.model;

import java.util.List;

/** A page of duplicate candidates, best first. It has no totalCount: counting means ranking every pair. */
public final class DuplicateCandidateConnection extends Connection<DuplicateCandidateEdge> {
    public DuplicateCandidateConnection(List<DuplicateCandidateEdge> edges, PageInfo pageInfo) {
        super(edges, pageInfo, () -> edges.size());
    }
}
