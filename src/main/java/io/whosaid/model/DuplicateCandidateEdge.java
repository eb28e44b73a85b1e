package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record DuplicateCandidateEdge(
        @NonNull DuplicateCandidate node, @NonNull String cursor) {}
