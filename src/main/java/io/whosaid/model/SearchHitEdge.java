package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record SearchHitEdge(
        @NonNull SearchHit node, @NonNull String cursor) {}
